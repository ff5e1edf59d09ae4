package dev.jnode.loop;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * libuv's thread pool: a fixed number of threads (UV_THREADPOOL_SIZE, default 4) that run
 * blocking work (fs, dns.lookup, crypto, zlib) and post each result back to the loop that asked.
 * One pool serves every runtime instance in the process, as libuv's serves every Worker.
 */
public final class WorkerPool implements AutoCloseable {
    private final ExecutorService executor;
    private final int size;

    public WorkerPool(int size) {
        this.size = size;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "jnode-pool-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newFixedThreadPool(size, tf);
    }

    /** Reads UV_THREADPOOL_SIZE as libuv does: 1..1024, default 4. */
    public static int sizeFromEnv(String value) {
        if (value == null || value.isEmpty()) return 4;
        try {
            int n = Integer.parseInt(value.trim());
            return Math.max(1, Math.min(1024, n));
        } catch (NumberFormatException e) {
            return 4;
        }
    }

    public int size() {
        return size;
    }

    /**
     * Runs {@code work} on a pool thread, then {@code done} on the loop thread with its result
     * (or the exception it threw). The loop stays alive until {@code done} has run.
     */
    public <T> void submit(EventLoop loop, Supplier<T> work, Completion<T> done) {
        loop.beginRequest();
        executor.execute(() -> {
            T result = null;
            Throwable error = null;
            try {
                result = work.get();
            } catch (Throwable t) {
                error = t;
            }
            final T r = result;
            final Throwable e = error;
            loop.completeRequest(() -> done.complete(r, e));
        });
    }

    @FunctionalInterface
    public interface Completion<T> {
        void complete(T result, Throwable error);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
