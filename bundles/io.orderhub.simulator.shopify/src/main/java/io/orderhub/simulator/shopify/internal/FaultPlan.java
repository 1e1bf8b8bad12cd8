package io.orderhub.simulator.shopify.internal;

import io.orderhub.simulator.shopify.Fault;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/** Faults queued by a test, each for the next N requests whose path contains a given text. */
public final class FaultPlan {

    private record Entry(Fault fault, String pathContains, int[] remaining) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    public synchronized void add(Fault fault, int times, String pathContains) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        if (entries.size() >= 100) {
            throw new IllegalStateException("too many pending faults");
        }
        entries.add(new Entry(fault, pathContains, new int[] {times}));
    }

    /** The fault to answer this request with, or null; consumes one use of it. */
    public synchronized Fault take(String method, String path) {
        Iterator<Entry> it = entries.iterator();
        while (it.hasNext()) {
            Entry e = it.next();
            if (e.pathContains() == null || (method + " " + path).contains(e.pathContains())) {
                if (--e.remaining()[0] == 0) {
                    it.remove();
                }
                return e.fault();
            }
        }
        return null;
    }

    public synchronized void clear() {
        entries.clear();
    }
}
