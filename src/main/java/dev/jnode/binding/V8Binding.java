package dev.jnode.binding;

import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * internalBinding('v8'): the JVM's memory figures for node:v8's statistics. jnode's JavaScript
 * heap is the JVM heap, so node:v8 reports the JVM's collector spaces under the V8 names they
 * correspond to (young generation: new_space, old generation: old_space, compiled code:
 * code_space). Every method returns plain numbers; lib/v8.js builds Node's objects.
 */
public final class V8Binding {
    public V8Binding(NodeRuntime runtime) {
        // nothing per instance: the figures are the JVM's, shared by every runtime in it
    }

    /**
     * [committed heap, code cache committed, heap used, heap max (or committed when unbounded),
     * non-heap used, non-heap peak, direct buffers in use, bytes allocated by all threads].
     */
    @HostAccess.Export
    public double[] heapStatistics() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        long codeCommitted = 0;
        long nonHeapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.NON_HEAP) continue;
            if (isCode(pool.getName())) codeCommitted += pool.getUsage().getCommitted();
            nonHeapPeak += pool.getPeakUsage().getUsed();
        }
        long direct = ProcessMethodsBinding.directBufferBytes();
        long allocated = 0;
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
            allocated = Math.max(0, threads.getTotalThreadAllocatedBytes());
        }
        long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
        return new double[] {
            heap.getCommitted(), codeCommitted, heap.getUsed(), max,
            nonHeap.getUsed(), nonHeapPeak, direct, allocated,
        };
    }

    /**
     * Per space, 4 numbers: [size (committed), used, available, physical (committed)], for
     * new_space, old_space and code_space, in that order.
     */
    @HostAccess.Export
    public double[] heapSpaceStatistics() {
        long[] young = new long[3];
        long[] old = new long[3];
        long[] code = new long[3];
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName();
            long[] into;
            if (pool.getType() == MemoryType.HEAP) {
                into = isYoung(name) ? young : old;
            } else if (isCode(name)) {
                into = code;
            } else {
                continue;
            }
            MemoryUsage u = pool.getUsage();
            into[0] += u.getCommitted();
            into[1] += u.getUsed();
            into[2] += (u.getMax() > 0 ? u.getMax() : u.getCommitted()) - u.getUsed();
        }
        double[] out = new double[12];
        long[][] spaces = {young, old, code};
        for (int i = 0; i < 3; i++) {
            out[i * 4] = spaces[i][0];
            out[i * 4 + 1] = spaces[i][1];
            out[i * 4 + 2] = Math.max(0, spaces[i][2]);
            out[i * 4 + 3] = spaces[i][0];
        }
        return out;
    }

    /** Bytes of compiled code in the JVM's code cache. */
    @HostAccess.Export
    public double codeUsed() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.NON_HEAP && isCode(pool.getName())) used += pool.getUsage().getUsed();
        }
        return used;
    }

    // Pool names: "G1 Eden Space", "G1 Survivor Space", "Eden Space", "Survivor Space",
    // "PS Eden Space", "ZGC Young Generation"…; code: "CodeHeap 'non-nmethods'", "CodeCache".
    private static boolean isYoung(String pool) {
        return pool.contains("Eden") || pool.contains("Survivor") || pool.contains("Young");
    }

    private static boolean isCode(String pool) {
        return pool.startsWith("CodeHeap") || pool.equals("CodeCache");
    }
}
