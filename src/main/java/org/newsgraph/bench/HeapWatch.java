package org.newsgraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a measurement runs: samples the used heap every few milliseconds (the peak of live plus
 * not-yet-collected objects), listens to the collectors for the largest heap left after a collection (the live
 * set), reads the heap pools' own peak usage (an upper bound: the pools peak at different times), and counts
 * collections and their time.
 */
final class HeapWatch implements AutoCloseable {
    /** What was seen. Sizes in bytes. */
    record Peak(long sampledPeak, long liveAfterGc, long poolPeakSum, long maxHeap, long gcCount, long gcMillis) {
    }

    private final Thread sampler;
    private final long gcCount0;
    private final long gcMillis0;
    private volatile boolean running = true;
    private volatile long peak;
    private final AtomicLong live = new AtomicLong();
    private final Set<String> heapPools = new HashSet<>();
    private final List<Runnable> unsubscribe = new ArrayList<>();

    HeapWatch() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) {
                p.resetPeakUsage();
                heapPools.add(p.getName());
            }
        }
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (g instanceof NotificationEmitter em) {
                NotificationListener l = (n, hb) -> afterGc(n);
                em.addNotificationListener(l, null, null);
                unsubscribe.add(() -> {
                    try {
                        em.removeNotificationListener(l);
                    } catch (ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
        gcCount0 = gcCount();
        gcMillis0 = gcMillis();
        sampler = new Thread(this::sample, "newsgraph-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        var mem = ManagementFactory.getMemoryMXBean();
        while (running) {
            peak = Math.max(peak, mem.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void afterGc(Notification n) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
        long used = 0;
        for (var e : info.getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                used += e.getValue().getUsed();
            }
        }
        live.accumulateAndGet(used, Math::max);
    }

    /** Stops watching and gives the peaks. */
    Peak stop() {
        close();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long pools = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid() && p.getPeakUsage() != null) {
                pools += p.getPeakUsage().getUsed();
            }
        }
        long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        return new Peak(peak, live.get(), pools, max < 0 ? Runtime.getRuntime().maxMemory() : max, gcCount() - gcCount0,
                gcMillis() - gcMillis0);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unsubscribe.forEach(Runnable::run);
        unsubscribe.clear();
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, g.getCollectionCount());
        }
        return n;
    }

    /** Time the JVM's collectors have taken so far, as each collector counts it. */
    static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, g.getCollectionTime());
        }
        return n;
    }
}
