package org.tiercare.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap left in use right after a garbage collection while it watches: the memory a run really
 * keeps (patients in the system, pending events, statistics), as opposed to the peak of heap used, which
 * mostly shows how much garbage the collector let pile up before collecting.
 */
final class LiveHeap implements NotificationListener {
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private volatile long maxBytes;
    private volatile boolean collected;

    private LiveHeap() {}

    static LiveHeap watch() {
        LiveHeap l = new LiveHeap();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(l, null, null);
                l.emitters.add(e);
            }
        }
        return l;
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            // Heap pools only: the code cache and metaspace are not the run's data.
            String pool = e.getKey();
            if (pool.contains("Eden") || pool.contains("Survivor") || pool.contains("Old") || pool.contains("Tenured")) {
                MemoryUsage u = e.getValue();
                used += u.getUsed();
            }
        }
        collected = true;
        if (used > maxBytes) maxBytes = used;
    }

    void stop() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(this);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }

    /** NaN when no collection ran while it watched (nothing was measured). */
    double maxMiB() { return collected ? maxBytes / (1024.0 * 1024.0) : Double.NaN; }
}
