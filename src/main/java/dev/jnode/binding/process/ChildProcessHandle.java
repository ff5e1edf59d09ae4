package dev.jnode.binding.process;

import dev.jnode.loop.EventLoop;
import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * One running child for node:child_process (the JS ChildProcess holds it as its _handle).
 *
 * <p>Threads: a reader thread per piped output reads in bulk (up to 64 KiB a call) and posts each
 * chunk to the loop, where {@code onread(fd, buffer)} hands it to JS ({@code buffer} null at end of
 * stream). Writes to the child's stdin run in order on one writer thread and complete with
 * {@code cb(errno)} on the loop. The exit arrives as {@code onexit(code, signal)} on the loop.
 * Everything JS-visible runs on the loop thread; the other threads touch only streams and the
 * reader's pause flag.
 *
 * <p>Loop liveness, as libuv's handles: the process counts while it runs and is ref'd; each output
 * pipe counts until its end of stream reached JS (or JS closed it); each stdin write in flight is a
 * request.
 */
public final class ChildProcessHandle {
    private static final int CHUNK = 64 * 1024;

    private final NodeRuntime runtime;
    private final EventLoop loop;
    private final ProcessWrapBindingAccess owner;
    private final Process process;
    private final Value onexit;
    private final Value onread;
    private final Reader[] readers = new Reader[3];
    private final OutputStream stdin;
    private ExecutorService writer;
    private boolean stdinClosed;

    // loop thread only
    private boolean refed = true;
    private boolean exited;
    private int sentSignal;

    /** What the handle needs from the binding (kept narrow so the handle stays testable). */
    public interface ProcessWrapBindingAccess {
        void childStarted(ChildProcessHandle h);

        void childEnded(ChildProcessHandle h);
    }

    ChildProcessHandle(NodeRuntime runtime, ProcessWrapBindingAccess owner, Process process, SpawnSpec spec,
                       Value onexit, Value onread) {
        this.runtime = runtime;
        this.loop = runtime.loop();
        this.owner = owner;
        this.process = process;
        this.onexit = onexit;
        this.onread = onread;
        this.stdin = spec.jsPipe[0] ? process.getOutputStream() : null;
        loop.refHandle();
        owner.childStarted(this);
        List<Thread> pumps = new ArrayList<>();
        spec.startPumps(process, pumps);
        if (spec.jsPipe[1]) readers[1] = new Reader(1, process.getInputStream());
        if (spec.jsPipe[2]) readers[2] = new Reader(2, process.getErrorStream());
        for (Reader r : readers) if (r != null) r.begin();
        process.onExit().whenComplete((p, t) -> post(this::exitedOnLoop));
    }

    public static ChildProcessHandle start(NodeRuntime runtime, ProcessWrapBindingAccess owner, SpawnSpec spec,
                                           Value onexit, Value onread) throws SpawnSpec.SpawnException {
        Process p = spec.start(runtime.options());
        return new ChildProcessHandle(runtime, owner, p, spec, onexit, onread);
    }

    /** Runs {@code r} on the loop; dropped once the runtime has ended. */
    private void post(Runnable r) {
        try {
            loop.execute(r);
        } catch (RejectedExecutionException ended) {
            // the runtime is gone: nobody is left to tell
        }
    }

    private void exitedOnLoop() {
        if (exited) return;
        exited = true;
        if (refed) loop.unrefHandle();
        owner.childEnded(this);
        int status = process.exitValue();
        Object[] cs = ExitStatus.decode(status, sentSignal);
        runtime.makeCallback(onexit, cs[0], cs[1]);
    }

    // ---- exported ----

    @HostAccess.Export
    public long pid() {
        return process.pid();
    }

    /**
     * Sends signal {@code sig}: SIGTERM and SIGKILL through the ProcessHandle, 0 as a liveness check, the
     * others with kill(1). Returns 0 or a negative errno (ESRCH once the child is gone).
     */
    @HostAccess.Export
    public int kill(int sig) {
        if (exited || !process.isAlive()) return -3; // ESRCH
        if (sig == 0) return 0;
        int rc = Signals.send(process, sig);
        if (rc == 0) sentSignal = sig;
        return rc;
    }

    @HostAccess.Export
    public void ref() {
        if (!refed && !exited) loop.refHandle();
        refed = true;
    }

    @HostAccess.Export
    public void unref() {
        if (refed && !exited) loop.unrefHandle();
        refed = false;
    }

    @HostAccess.Export
    public boolean hasRef() {
        return refed && !exited;
    }

    /** Pauses (false) or resumes (true) reading the child's fd 1 or 2. */
    @HostAccess.Export
    public void setReading(int fd, boolean on) {
        Reader r = reader(fd);
        if (r != null) r.setPaused(!on);
    }

    /** Keeps the loop alive for this output pipe (true) or not. */
    @HostAccess.Export
    public void refPipe(int fd, boolean ref) {
        Reader r = reader(fd);
        if (r != null) r.setRef(ref);
    }

    /** Stops reading fd 1 or 2 for good (JS destroyed the stream). */
    @HostAccess.Export
    public void closePipe(int fd) {
        Reader r = reader(fd);
        if (r != null) r.closeFromJs();
    }

    /**
     * Writes {@code length} bytes of an ArrayBuffer or view (from {@code offset} within it) to the
     * child's stdin; {@code cb(errno)} runs on the loop once they are written.
     */
    @HostAccess.Export
    public void write(Value data, int offset, int length, Value cb) {
        byte[] bytes = new byte[length];
        Bytes.copyOut(data, offset, bytes, length);
        submitWrite(() -> {
            stdin.write(bytes);
            stdin.flush();
        }, cb);
    }

    /** Closes the child's stdin after the writes queued before it; {@code cb(errno)} may be null. */
    @HostAccess.Export
    public void shutdownStdin(Value cb) {
        if (stdin == null) return;
        if (stdinClosed) {
            if (cb != null && cb.canExecute()) {
                loop.beginRequest();
                loop.completeRequest(() -> runtime.makeCallback(cb, 0));
            }
            return;
        }
        stdinClosed = true;
        submitWrite(stdin::close, cb);
        writer.shutdown();
    }

    @FunctionalInterface
    private interface IoTask {
        void run() throws IOException;
    }

    private void submitWrite(IoTask task, Value cb) {
        if (stdin == null) throw new IllegalStateException("the child's stdin is not a pipe");
        // decided now, on the loop inside a JS call: the completion must not touch JS values
        // once the runtime may have exited
        Value callback = cb != null && cb.canExecute() ? cb : null;
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "jnode-child-" + process.pid() + "-stdin");
                t.setDaemon(true);
                return t;
            });
        }
        if (writer.isShutdown()) {
            if (callback != null) {
                loop.beginRequest();
                loop.completeRequest(() -> runtime.makeCallback(callback, -32)); // EPIPE: stdin is closed
            }
            return;
        }
        loop.beginRequest();
        writer.execute(() -> {
            int errno = 0;
            try {
                task.run();
            } catch (IOException e) {
                errno = writeErrno(e);
            }
            int result = errno;
            try {
                loop.completeRequest(() -> {
                    if (callback != null) runtime.makeCallback(callback, result);
                });
            } catch (RejectedExecutionException ended) {
                // the runtime is gone
            }
        });
    }

    private static int writeErrno(IOException e) {
        String m = e.getMessage();
        if (m != null && (m.contains("Broken pipe") || m.contains("Stream closed"))) return -32; // EPIPE
        return -5; // EIO
    }

    private Reader reader(int fd) {
        return fd == 1 || fd == 2 ? readers[fd] : null;
    }

    /** The runtime is ending: stop the threads (the child itself keeps running, as in Node). */
    public void closeForShutdown() {
        for (Reader r : readers) if (r != null) r.closeStream();
        if (writer != null) writer.shutdownNow();
        if (stdin != null && !stdinClosed) {
            try {
                stdin.close();
            } catch (IOException ignored) {
                // gone already
            }
        }
    }

    // ---- readers ----

    private final class Reader implements Runnable {
        final int fd;
        final InputStream in;
        private final Object lock = new Object();
        private boolean paused; // guarded by lock
        // loop thread only
        private boolean done;
        private boolean ref = true;

        Reader(int fd, InputStream in) {
            this.fd = fd;
            this.in = in;
        }

        void begin() {
            loop.refHandle();
            Thread t = new Thread(this, "jnode-child-" + process.pid() + "-fd" + fd);
            t.setDaemon(true);
            t.start();
        }

        void setPaused(boolean p) {
            synchronized (lock) {
                paused = p;
                if (!p) lock.notifyAll();
            }
        }

        void setRef(boolean r) {
            if (done || r == ref) return;
            ref = r;
            if (r) loop.refHandle();
            else loop.unrefHandle();
        }

        @Override
        public void run() {
            byte[] buf = new byte[CHUNK];
            try {
                while (true) {
                    synchronized (lock) {
                        while (paused) lock.wait();
                    }
                    int n = in.read(buf);
                    if (n < 0) break;
                    if (n == 0) continue;
                    ByteBuffer chunk = ByteBuffer.wrap(Arrays.copyOf(buf, n));
                    post(() -> deliver(chunk));
                }
            } catch (IOException | InterruptedException e) {
                // closed under us (the runtime is ending, or JS destroyed the stream): end of stream
            }
            post(() -> deliver(null));
        }

        /** On the loop: one chunk to JS, or the end of the stream when {@code chunk} is null. */
        private void deliver(ByteBuffer chunk) {
            if (done) return;
            if (chunk == null) finish();
            runtime.makeCallback(onread, fd, chunk);
        }

        private void finish() {
            done = true;
            if (ref) loop.unrefHandle();
        }

        void closeFromJs() {
            if (done) return;
            finish();
            setPaused(false);
            closeStream();
        }

        void closeStream() {
            try {
                in.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
