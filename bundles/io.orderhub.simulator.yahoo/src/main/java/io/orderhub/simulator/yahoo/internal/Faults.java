package io.orderhub.simulator.yahoo.internal;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Answers planned for the next calls of an API instead of serving them. */
public final class Faults {

    /**
     * An error answer; {@code malformed} answers 200 with a body that is not XML; a {@code delayMillis} above
     * zero serves the call normally, only that much later (a client with a shorter timeout sees a timeout).
     */
    public record Fault(int status, String code, String message, boolean malformed, long delayMillis) {
        public Fault(int status, String code, String message, boolean malformed) {
            this(status, code, message, malformed, 0);
        }
    }

    private final Map<String, Queue<Fault>> planned = new ConcurrentHashMap<>();

    public void add(String api, Fault fault) {
        planned.computeIfAbsent(api, k -> new ConcurrentLinkedQueue<>()).add(fault);
    }

    public Fault take(String api) {
        Queue<Fault> q = planned.get(api);
        return q == null ? null : q.poll();
    }

    public void clear() {
        planned.clear();
    }
}
