package dev.jnode.binding;

import dev.jnode.binding.process.ChildProcessHandle;
import dev.jnode.binding.process.SpawnSpec;
import dev.jnode.binding.process.SyncRunner;
import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * internalBinding('process_wrap'): child processes for node:child_process, on
 * {@link ProcessBuilder}.
 *
 * <p>{@code spawn(options, onexit, onread, ctx)} starts a child and returns its
 * {@link ChildProcessHandle}, or null with {@code ctx.errno} set (ENOENT, EACCES, ...). The options
 * object is described on {@link SpawnSpec}. {@code spawnSync(options, result)} runs a child to
 * completion on the calling (loop) thread and fills {@code result}.
 */
public final class ProcessWrapBinding implements AutoCloseable, ChildProcessHandle.ProcessWrapBindingAccess {
    private final NodeRuntime runtime;
    private final Set<ChildProcessHandle> running = Collections.newSetFromMap(new IdentityHashMap<>());

    public ProcessWrapBinding(NodeRuntime runtime) {
        this.runtime = runtime;
        runtime.onShutdown(this);
    }

    @HostAccess.Export
    public ChildProcessHandle spawn(Value options, Value onexit, Value onread, Value ctx) {
        SpawnSpec spec = new SpawnSpec(options);
        try {
            return ChildProcessHandle.start(runtime, this, spec, onexit, onread);
        } catch (SpawnSpec.SpawnException e) {
            ctx.putMember("errno", e.errno);
            return null;
        }
    }

    /**
     * Runs a child to completion. {@code options} adds to spawn's: {@code input} (an ArrayBuffer
     * view or null), {@code timeout} (ms, 0 for none), {@code killSignal} (a number) and
     * {@code maxBuffer} (bytes per output, may be Infinity). Sets on {@code result}: pid, status,
     * signal (a number or null), stdout and stderr (ByteBuffers for piped outputs), and errno
     * when the spawn failed, timed out (ETIMEDOUT) or an output overflowed (ENOBUFS).
     */
    @HostAccess.Export
    public void spawnSync(Value options, Value result) {
        SpawnSpec spec = new SpawnSpec(options);
        byte[] input = null;
        Value in = options.getMember("input");
        if (in != null && !in.isNull()) {
            int len = in.getMember("byteLength").asInt();
            input = new byte[len];
            dev.jnode.binding.FsBinding.readBytes(in, 0, input, len);
        }
        long timeout = (long) options.getMember("timeout").asDouble();
        int killSignal = options.getMember("killSignal").asInt();
        double maxBuffer = options.getMember("maxBuffer").asDouble();
        SyncRunner.Result r = new SyncRunner(spec, input, timeout, killSignal, maxBuffer).run(runtime.options());
        if (r.started) result.putMember("pid", r.pid);
        result.putMember("status", r.status);
        result.putMember("signal", r.signal);
        result.putMember("stdout", r.stdout);
        result.putMember("stderr", r.stderr);
        if (r.errno != 0) result.putMember("errno", r.errno);
    }

    // ---- ChildProcessHandle.ProcessWrapBindingAccess ----

    @Override
    public void childStarted(ChildProcessHandle h) {
        running.add(h);
    }

    @Override
    public void childEnded(ChildProcessHandle h) {
        running.remove(h);
    }

    @Override
    public void close() {
        for (ChildProcessHandle h : running.toArray(new ChildProcessHandle[0])) {
            try {
                closeHandle(h);
            } catch (RuntimeException ignored) {
                // the instance is ending
            }
        }
        running.clear();
    }

    private static void closeHandle(ChildProcessHandle h) {
        h.closeForShutdown();
    }
}
