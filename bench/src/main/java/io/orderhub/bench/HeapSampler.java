package io.orderhub.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Samples the heap in use every 50 ms on a daemon thread and keeps the highest value seen, and listens to every
 * garbage collection for the heap left after it. The sampled peak counts garbage the collector has not yet reclaimed
 * (over a long run it climbs to the cap); the highest heap after a full collection is the largest live set seen.
 */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong peakAfterFullGc = new AtomicLong();
    private final AtomicLong fullCollections = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    // a collection reports every pool it touched, Metaspace and code cache included; only the heap counts here
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final NotificationListener listener = this::collected;

    HeapSampler() {
        System.gc();
        peak = memory.getHeapMemoryUsage().getUsed();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
        peakAfterGc.accumulateAndGet(after, Math::max);
        // ParallelGC names its old-generation collection "end of major GC"; G1 and others say "major" too
        if (info.getGcAction().contains("major")) {
            fullCollections.incrementAndGet();
            peakAfterFullGc.accumulateAndGet(after, Math::max);
        }
    }

    long peakBytes() {
        return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }

    /** Highest heap in use right after any collection (young ones leave promoted garbage: an upper bound). */
    long peakAfterGcBytes() {
        return peakAfterGc.get();
    }

    /** Highest heap in use right after a full collection: the largest live set seen; 0 if none ran. */
    long peakAfterFullGcBytes() {
        return peakAfterFullGc.get();
    }

    long fullCollections() {
        return fullCollections.get();
    }

    static long maxHeapBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone with its collector; nothing to undo
            }
        }
    }
}
