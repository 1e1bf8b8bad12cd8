package io.orderhub.simulator.dshopping.internal;

import io.orderhub.simulator.dshopping.Fault;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Faults waiting to be answered, each for requests whose {@code "METHOD /path"} contains a text. */
public final class FaultPlan {

    private static final class Entry {
        final Fault fault;
        final String pathContains;
        int left;

        Entry(Fault fault, int left, String pathContains) {
            this.fault = fault;
            this.left = left;
            this.pathContains = pathContains;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    public synchronized void add(Fault fault, int times, String pathContains) {
        if (times > 0) {
            entries.add(new Entry(fault, times, pathContains));
        }
    }

    public synchronized void clear() {
        entries.clear();
    }

    /** The fault to answer this request with, used up by one; null to serve it. */
    public synchronized Fault take(String request) {
        for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.pathContains == null || request.contains(e.pathContains)) {
                if (--e.left <= 0) {
                    it.remove();
                }
                return e.fault;
            }
        }
        return null;
    }
}
