package dev.jnode.binding.process;

import dev.jnode.runtime.RuntimeOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * spawnSync: starts the child, feeds {@code input} to its stdin, collects stdout and stderr,
 * and waits for the exit (and the end of both pipes) on the calling thread, killing the child
 * with {@code killSignal} when the timeout passes or an output exceeds maxBuffer.
 */
public final class SyncRunner {
    public static final int ETIMEDOUT = -110;
    public static final int ENOBUFS = -105;

    /** The outcome; fields left null/0 when they do not apply. */
    public static final class Result {
        public long pid;
        public Integer status;
        public Integer signal;
        public ByteBuffer stdout;
        public ByteBuffer stderr;
        public int errno;
        public boolean started;
    }

    private final SpawnSpec spec;
    private final byte[] input;
    private final long timeoutMs;
    private final int killSignal;
    private final double maxBuffer;

    public SyncRunner(SpawnSpec spec, byte[] input, long timeoutMs, int killSignal, double maxBuffer) {
        this.spec = spec;
        this.input = input;
        this.timeoutMs = timeoutMs;
        this.killSignal = killSignal;
        this.maxBuffer = maxBuffer;
    }

    public Result run(RuntimeOptions ro) {
        Result r = new Result();
        Process p;
        try {
            p = spec.start(ro);
        } catch (SpawnSpec.SpawnException e) {
            r.errno = e.errno;
            return r;
        }
        r.started = true;
        r.pid = p.pid();
        List<Thread> threads = new ArrayList<>();
        spec.startPumps(p, threads);
        Collector out = spec.jsPipe[1] ? new Collector(p.getInputStream(), p, "1") : null;
        Collector err = spec.jsPipe[2] ? new Collector(p.getErrorStream(), p, "2") : null;
        if (spec.jsPipe[0]) {
            OutputStream stdin = p.getOutputStream();
            Thread w = new Thread(() -> {
                try (stdin) {
                    if (input != null) stdin.write(input);
                } catch (IOException ignored) {
                    // the child closed its stdin early (EPIPE): Node ignores that too
                }
            }, "jnode-spawnSync-stdin");
            w.setDaemon(true);
            w.start();
            threads.add(w);
        }
        int sent = 0;
        try {
            boolean done;
            if (timeoutMs > 0) {
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
                done = waitUntil(p, deadline, out, err);
                if (!done && r.errno == 0 && p.isAlive()) {
                    if (overflowed(out, err)) {
                        r.errno = ENOBUFS;
                    } else {
                        r.errno = ETIMEDOUT;
                    }
                    if (Signals.send(p, killSignal) == 0) sent = killSignal;
                }
            } else {
                done = waitUntil(p, Long.MAX_VALUE, out, err);
                if (!done && p.isAlive()) {
                    r.errno = ENOBUFS;
                    if (Signals.send(p, killSignal) == 0) sent = killSignal;
                }
            }
            p.waitFor();
            if (out != null) out.join();
            if (err != null) err.join();
            for (Thread t : threads) t.join(1000);
        } catch (InterruptedException e) {
            // the runtime is being stopped: kill the child and wait for it, so its exit status
            // exists (exitValue() of a live process throws), then keep the interrupt
            p.destroyForcibly();
            waitForExitUninterruptibly(p);
            Thread.currentThread().interrupt();
        }
        if (r.errno == 0 && overflowed(out, err)) r.errno = ENOBUFS;
        Object[] cs = ExitStatus.decode(p.exitValue(), sent);
        r.status = (Integer) cs[0];
        r.signal = (Integer) cs[1];
        if (out != null) r.stdout = out.bytes();
        if (err != null) r.stderr = err.bytes();
        return r;
    }

    private static void waitForExitUninterruptibly(Process p) {
        while (p.isAlive()) {
            try {
                p.waitFor();
            } catch (InterruptedException again) {
                // keep waiting: a killed child exits promptly
            }
        }
    }

    /** Waits for the exit; false when the deadline passed or an output overflowed first. */
    private boolean waitUntil(Process p, long deadlineNanos, Collector out, Collector err)
            throws InterruptedException {
        while (true) {
            if (overflowed(out, err)) return false;
            long left = deadlineNanos == Long.MAX_VALUE ? 50_000_000L : deadlineNanos - System.nanoTime();
            if (left <= 0) return false;
            if (p.waitFor(Math.min(left, 50_000_000L), TimeUnit.NANOSECONDS)) return true;
        }
    }

    private static boolean overflowed(Collector out, Collector err) {
        return (out != null && out.overflow) || (err != null && err.overflow);
    }

    /** Reads one output pipe to its end, or until it holds more than maxBuffer bytes. */
    private final class Collector implements Runnable {
        private final InputStream in;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        private final Thread thread;
        volatile boolean overflow;

        Collector(InputStream in, Process p, String fd) {
            this.in = in;
            thread = new Thread(this, "jnode-spawnSync-" + p.pid() + "-fd" + fd);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            byte[] b = new byte[64 * 1024];
            try {
                int n;
                while ((n = in.read(b)) >= 0) {
                    synchronized (buf) {
                        // as Node: the chunk that crosses maxBuffer is kept whole, then reading stops
                        buf.write(b, 0, n);
                        if (buf.size() > maxBuffer) {
                            overflow = true;
                            break;
                        }
                    }
                }
            } catch (IOException ignored) {
                // end of the pipe
            }
            if (overflow) {
                try {
                    in.close(); // the child's further writes fail (EPIPE) rather than block
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }

        void join() throws InterruptedException {
            thread.join();
        }

        ByteBuffer bytes() {
            synchronized (buf) {
                return ByteBuffer.wrap(buf.toByteArray());
            }
        }
    }
}
