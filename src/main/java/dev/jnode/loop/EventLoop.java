package dev.jnode.loop;

import io.netty.channel.IoHandlerContext;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.SingleThreadIoEventLoop;
import io.netty.channel.nio.NioIoHandler;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * One runtime instance's event loop: libuv's phases, on the thread that also owns the GraalJS
 * Context and is Netty's I/O thread for every channel the instance opens. Socket events therefore
 * reach JS with no thread hop, and work finished on other threads comes back through
 * {@link #execute(Runnable)} (Netty's task queue, which wakes the poll).
 *
 * <p>Timers and immediates live in JS (as in Node); Java only knows the earliest timer deadline and
 * whether anything ref'd keeps the loop alive. The loop calls into JS through {@link Host}.
 */
public final class EventLoop extends SingleThreadIoEventLoop {

    /** What the loop calls back into: the runtime instance that owns this loop. */
    public interface Host {
        /** Runs on the loop thread before the first iteration: create the context, run the main script. */
        void boot();
        /** Runs due JS timers; returns the next deadline in loop-ms, or -1 when no timer is scheduled. */
        long runTimers(long nowMs);
        /** Runs the setImmediate queue (the check phase). */
        void runImmediates();
        /** Emits process 'beforeExit'. */
        void beforeExit();
        /** Runs on the loop thread after the last iteration (emit 'exit' if not yet, close the context). */
        void shutdown();
        /** True once process.exit() (or a fatal error) has ended the instance. */
        boolean exited();
    }

    private static final long MAX_POLL_NANOS = TimeUnit.DAYS.toNanos(1);

    private final Host host;
    private final long startNanos = System.nanoTime();
    private long nowMs;

    // Liveness, as libuv counts it: ref'd handles, in-flight requests, closing handles.
    private long timerDeadline = -1;
    private boolean timersRefed = true;
    private int immediateCount;
    private int immediateRefCount;
    private int refedHandles;
    private int activeRequests;
    private final ArrayDeque<Runnable> closing = new ArrayDeque<>();
    private boolean stopped;

    private final PollContext pollContext = new PollContext();

    public EventLoop(Host host, Executor threadStarter) {
        this(host, threadStarter, NioIoHandler.newFactory());
    }

    public EventLoop(Host host, Executor threadStarter, IoHandlerFactory ioFactory) {
        super(null, threadStarter, ioFactory);
        this.host = host;
    }

    /** The loop itself: Node's SpinEventLoop around libuv's uv_run, phase by phase. */
    @Override
    protected void run() {
        try {
            updateTime();
            host.boot();
            while (!stopped && !host.exited()) {
                if (!isAlive()) {
                    host.beforeExit();
                    if (stopped || host.exited() || !isAlive()) break;
                }
                updateTime();
                runTimersPhase();
                runPendingPhase();
                pollPhase();
                runCheckPhase();
                runClosingPhase();
            }
        } finally {
            try {
                host.shutdown();
            } finally {
                finishNettyShutdown();
            }
        }
    }

    private void runTimersPhase() {
        if (timerDeadline >= 0 && timerDeadline <= nowMs) {
            timerDeadline = host.runTimers(nowMs);
        }
    }

    /** Deferred callbacks and Netty's own scheduled tasks. */
    private void runPendingPhase() {
        runAllTasks();
    }

    /** Waits for I/O (Netty) or posted completions, no longer than the next timer allows. */
    private void pollPhase() {
        if (host.exited()) return;
        long timeout = pollTimeoutNanos();
        pollContext.timeoutNanos = timeout;
        ioHandler().run(pollContext);
        updateTime();
        runAllTasks(); // completions posted by the worker pool and other threads
    }

    private void runCheckPhase() {
        if (immediateCount > 0 && !host.exited()) host.runImmediates();
    }

    private void runClosingPhase() {
        Runnable r;
        while ((r = closing.poll()) != null && !host.exited()) r.run();
    }

    private long pollTimeoutNanos() {
        if (stopped || immediateCount > 0 || !closing.isEmpty() || hasTasks()) return 0;
        if (!isAlive()) return 0;
        long nettyDelay = super.delayNanos(System.nanoTime());
        long t = MAX_POLL_NANOS;
        if (timerDeadline >= 0) {
            long ms = Math.max(0, timerDeadline - currentMs());
            t = TimeUnit.MILLISECONDS.toNanos(ms);
        }
        return Math.min(t, nettyDelay);
    }

    private boolean isAlive() {
        return refedHandles > 0 || activeRequests > 0 || immediateRefCount > 0
                || (timerDeadline >= 0 && timersRefed) || !closing.isEmpty();
    }

    private void finishNettyShutdown() {
        shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
        while (!confirmShutdown()) {
            // drain whatever Netty still wants to run before the thread ends
        }
    }

    // ---- time ----

    private void updateTime() {
        nowMs = currentMs();
    }

    /** Milliseconds since this loop started: the clock JS timers are measured on. */
    public long currentMs() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /** The cached loop time, as libuv's uv_now. */
    public long nowMs() {
        return nowMs;
    }

    // ---- state changed from JS and from bindings (all on the loop thread) ----

    public void scheduleTimer(long deadlineMs) {
        timerDeadline = deadlineMs;
    }

    public void setTimersRef(boolean ref) {
        timersRefed = ref;
    }

    public void setImmediateCounts(int count, int refCount) {
        immediateCount = count;
        immediateRefCount = refCount;
    }

    public void refHandle() {
        refedHandles++;
    }

    public void unrefHandle() {
        refedHandles--;
    }

    /** Queues a close callback for the closing phase. */
    public void closeLater(Runnable callback) {
        closing.add(callback);
    }

    /**
     * Registers a request whose completion will be posted to this loop from another thread; the loop
     * stays alive until {@link #completeRequest(Runnable)} has run.
     */
    public void beginRequest() {
        activeRequests++;
    }

    /** Called from any thread: runs the completion on the loop thread in the poll phase. */
    public void completeRequest(Runnable completion) {
        execute(() -> {
            activeRequests--;
            completion.run();
        });
    }

    public void stop() {
        stopped = true;
        if (!inEventLoop()) wakeup(false);
    }

    /** The IoHandlerContext handed to Netty's poll: block at most until the next timer. */
    private final class PollContext implements IoHandlerContext {
        long timeoutNanos;

        @Override
        public boolean canBlock() {
            return timeoutNanos > 0 && !hasTasks();
        }

        @Override
        public long delayNanos(long currentTimeNanos) {
            return timeoutNanos;
        }

        @Override
        public long deadlineNanos() {
            return System.nanoTime() + timeoutNanos;
        }
    }
}
