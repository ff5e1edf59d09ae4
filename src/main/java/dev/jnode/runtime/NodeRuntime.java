package dev.jnode.runtime;

import dev.jnode.binding.Bindings;
import dev.jnode.loop.EventLoop;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * One Node.js instance: a thread, a GraalJS Context, an event loop and the bindings JS reaches
 * through {@code internalBinding(id)}. The main program is one; each Worker will be another, on
 * the same {@link Platform}.
 *
 * <p>Calls from Java into JS go through {@link #callJs}: after each one returns, GraalJS has run
 * the pending promise jobs, and the loop calls JS again while nextTicks or unhandled rejections
 * are waiting — Node's "ticks, then microtasks, repeat" after every callback.
 */
public final class NodeRuntime implements EventLoop.Host {

    /** Only what is annotated @HostAccess.Export is visible to JS; byte buffers cross without copies. */
    static final HostAccess HOST_ACCESS = HostAccess.newBuilder(HostAccess.EXPLICIT)
            .allowBufferAccess(true)
            .allowArrayAccess(true)
            .allowListAccess(true)
            .build();

    /** The loop thread's stack: deep JS recursion must end in RangeError, not a JVM crash. */
    private static final long LOOP_STACK_BYTES = 64L << 20;

    private final Platform platform;
    private final RuntimeOptions options;
    private final EventLoop loop;
    private final Bindings bindings;
    private final CompletableFuture<Integer> exitFuture = new CompletableFuture<>();

    private Context context;
    private Value processTimers;
    private Value processImmediates;
    private Value processTicksAndRejections;
    private Value fatalException;
    private Value emitBeforeExit;
    private Value emitExit;

    private boolean tickPending;
    private boolean rejectionPending;
    private boolean exited;
    private int exitCode;

    public NodeRuntime(Platform platform, RuntimeOptions options) {
        this.platform = platform;
        this.options = options;
        Executor threadStarter = task -> {
            Thread t = new Thread(null, task, "jnode-main", LOOP_STACK_BYTES);
            t.start();
        };
        this.loop = new EventLoop(this, threadStarter);
        this.bindings = new Bindings(this);
    }

    /** Starts the instance on its own thread; the future completes with the exit code. */
    public CompletableFuture<Integer> start() {
        loop.execute(() -> { });
        return exitFuture;
    }

    /** Runs a program to completion and returns its exit code. */
    public static int run(Platform platform, RuntimeOptions options) {
        try {
            return new NodeRuntime(platform, options).start().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Ends the instance from another thread (a harness timeout, an embedder shutting down): any
     * running JS is cancelled and the exit future completes with {@code code}.
     */
    public void terminate(int code) {
        // Stop the loop first: a loop thread waiting in the poll phase has the context entered
        // and no JS running, so cancelling the context could never finish; woken and stopped,
        // it leaves. JS still running is then cancelled by the close.
        loop.stop();
        Context c = context;
        if (c != null) {
            try {
                c.close(true);
            } catch (RuntimeException ignored) {
                // already closing
            }
        }
        closeResources();
        exitFuture.complete(code);
    }

    public Platform platform() {
        return platform;
    }

    public RuntimeOptions options() {
        return options;
    }

    public EventLoop loop() {
        return loop;
    }

    public Context context() {
        return context;
    }

    // ---- EventLoop.Host ----

    /** -Djnode.traceStartup=true prints how long each start-up step took, to stderr. */
    private static final boolean TRACE_STARTUP = Boolean.getBoolean("jnode.traceStartup");

    private static void trace(String step) {
        if (TRACE_STARTUP) {
            long ms = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            System.err.println("[jnode startup] " + ms + " ms: " + step);
        }
    }

    @Override
    public void boot() {
        trace("loop thread started");
        try {
            context = Context.newBuilder("js")
                    .engine(platform.engine())
                    .allowHostAccess(HOST_ACCESS)
                    .allowExperimentalOptions(true)
                    .option("js.shell", "true")            // provides quit(), captured then deleted
                    .option("js.console", "false")
                    .option("js.print", "false")
                    .option("js.load", "false")
                    .option("js.graal-builtin", "true")     // Graal.setUnhandledPromiseRejectionHandler, then deleted
                    .option("js.unhandled-rejections", "handler")
                    .option("js.intl-402", "true")
                    .option("js.stack-trace-api", "true")   // Error.captureStackTrace, stackTraceLimit
                    .option("js.text-encoding", "true")    // TextEncoder / TextDecoder, as Node has
                    .option("js.temporal", "true")         // Node 26 has Temporal
                    // Node 26 (V8 14) ships ES2026 features GraalJS keeps behind "staging":
                    // Array.fromAsync, Error.isError, Uint8Array base64/hex, Iterator.concat,
                    // Map/WeakMap getOrInsert, Atomics.pause, JSON.rawJSON
                    .option("js.ecmascript-version", "staging")
                    .option("js.v8-realm-builtin", "true") // Realm: new global realms for node:vm, captured then deleted
                    .option("js.esm-eval-returns-exports", "true") // require(esm) gets the namespace
                    .option("js.json-modules", "true")
                    .option("js.import-attributes", "true")
                    .option("js.async-context", "true")    // AsyncContext: AsyncLocalStorage's propagation, captured then deleted
                    .allowIO(IOAccess.newBuilder().fileSystem(new ModuleFileSystem(this)).build())
                    .in(options.stdin)
                    .out(options.stdout)
                    .err(options.stderr)
                    .build();
            context.enter();
            trace("context created");
            Value bootstrap = context.eval(platform.libSource("internal/bootstrap/node"));
            Value entry = bootstrap.execute(new JsHost(this));
            processTimers = entry.getMember("processTimers");
            processImmediates = entry.getMember("processImmediates");
            processTicksAndRejections = entry.getMember("processTicksAndRejections");
            fatalException = entry.getMember("fatalException");
            emitBeforeExit = entry.getMember("emitBeforeExit");
            emitExit = entry.getMember("emitExit");
            trace("bootstrap done");
            callJs(entry.getMember("runMain"));
            trace("main script done");
        } catch (PolyglotException e) {
            handleJsException(e);
        } catch (RuntimeException | Error e) {
            internalError(e);
        }
    }

    @Override
    public long runTimers(long nowMs) {
        // One callback per call, so promise jobs and ticks run between timer callbacks as in Node.
        while (!exited) {
            Value next = callJs(processTimers, nowMs);
            if (next == null) continue; // the callback threw and the error was handled; go on
            double d = next.asDouble();
            if (d != -2) return (long) d; // -2: ran one callback, call again
        }
        return -1;
    }

    @Override
    public void runImmediates() {
        while (!exited) {
            Value more = callJs(processImmediates);
            if (more != null && !more.asBoolean()) return;
        }
    }

    @Override
    public void beforeExit() {
        if (!exited) callJs(emitBeforeExit);
    }

    @Override
    public boolean exited() {
        return exited;
    }

    @Override
    public void shutdown() {
        try {
            if (!exited && context != null && emitExit != null) {
                Value code = callJs(emitExit);
                if (!exited) {
                    exited = true;
                    exitCode = code == null ? 1 : code.asInt();
                }
            }
        } catch (RuntimeException | Error e) {
            internalError(e);
        } finally {
            closeContext();
            closeResources();
            flush();
            exitFuture.complete(exitCode);
        }
    }

    private final java.util.List<AutoCloseable> closeOnShutdown = new java.util.ArrayList<>();

    /** Registers a resource (open files, watchers) to close when this instance ends. */
    public synchronized void onShutdown(AutoCloseable resource) {
        closeOnShutdown.add(resource);
    }

    private synchronized void closeResources() {
        for (AutoCloseable c : closeOnShutdown) {
            try {
                c.close();
            } catch (Exception ignored) {
                // the instance is ending; nothing can report it
            }
        }
        closeOnShutdown.clear();
    }

    private void closeContext() {
        if (context == null) return;
        try {
            context.leave();
        } catch (RuntimeException ignored) {
            // not entered (boot failed early)
        }
        try {
            context.close(true);
        } catch (RuntimeException ignored) {
            // an exited context is already closed
        }
    }

    private void flush() {
        try {
            options.stdout.flush();
            options.stderr.flush();
        } catch (java.io.IOException ignored) {
            // nothing more can be reported
        }
    }

    // ---- calling JS ----

    /**
     * Calls a JS function from the loop, then keeps running nextTicks and rejection processing
     * until both queues are empty. Returns the call's result, or null when it threw (the error has
     * then gone through process 'uncaughtException' or ended the instance).
     */
    public Value callJs(Value fn, Object... args) {
        if (exited) return null;
        Value result = null;
        try {
            result = fn.execute(args);
        } catch (PolyglotException e) {
            handleJsException(e);
        } catch (RuntimeException | Error e) {
            internalError(e);
        }
        drainTicks();
        return result;
    }

    private Value callbackTrampoline;

    /**
     * Calls a JS callback for an event that came from outside JS (I/O, a pool completion): the
     * callback runs, then the tick queue, then (on return) the promise jobs — Node's
     * MakeCallback. Every binding that calls back into JS uses this.
     */
    public void makeCallback(Value fn, Object... args) {
        if (exited) return;
        if (callbackTrampoline == null) callbackTrampoline = helper("callbackTrampoline");
        Object[] all = new Object[args.length + 1];
        all[0] = fn;
        System.arraycopy(args, 0, all, 1, args.length);
        callJs(callbackTrampoline, all);
    }

    private void drainTicks() {
        while (!exited && (tickPending || rejectionPending)) {
            try {
                processTicksAndRejections.execute();
            } catch (PolyglotException e) {
                handleJsException(e);
            } catch (RuntimeException | Error e) {
                internalError(e);
            }
        }
    }

    private void handleJsException(PolyglotException e) {
        if (e.isExit()) {
            exited = true;
            exitCode = e.getExitStatus();
            return;
        }
        if (e.isCancelled() || e.isResourceExhausted() && !e.isGuestException()) {
            internalError(e);
            return;
        }
        if (!e.isGuestException() || e.isInternalError()) {
            internalError(e);
            return;
        }
        if (fatalException == null) {
            // Failed before the bootstrap finished: nothing in JS can report it.
            PrintStream err = new PrintStream(options.stderr, true, StandardCharsets.UTF_8);
            err.println(e.getMessage());
            exited = true;
            exitCode = 1;
            return;
        }
        Value err = e.getGuestObject();
        try {
            // Where the value was thrown, when GraalJS knows (it does for thrown primitives);
            // the JS side falls back to the error's first stack frame.
            var loc = e.getSourceLocation();
            if (loc != null && loc.getSource() != null) {
                fatalException.execute(err, false, loc.getSource().getName(), loc.getStartLine(), loc.getStartColumn());
            } else {
                fatalException.execute(err);
            }
        } catch (PolyglotException again) {
            if (again.isExit()) {
                exited = true;
                exitCode = again.getExitStatus();
            } else if (again.isGuestException()) {
                // The 'uncaughtException' handler itself threw: Node prints it and exits with 7.
                PrintStream ps = new PrintStream(options.stderr, true, StandardCharsets.UTF_8);
                ps.println(again.getMessage());
                exited = true;
                exitCode = 7;
            } else {
                internalError(again);
            }
        }
    }

    /** A failure inside jnode itself: reported as a jnode bug, with the Java stack to find it. */
    private void internalError(Throwable t) {
        PrintStream err = new PrintStream(options.stderr, true, StandardCharsets.UTF_8);
        err.println("jnode: internal error (this is a bug in jnode, please report it with the trace below)");
        t.printStackTrace(err);
        exited = true;
        exitCode = 70;
    }

    // ---- called by JS through JsHost ----

    void setTickPending(boolean pending) {
        tickPending = pending;
    }

    void setRejectionPending(boolean pending) {
        rejectionPending = pending;
    }

    private Value helpers;

    void setHelpers(Value helpers) {
        this.helpers = helpers;
    }

    /** A JS helper function set by the bootstrap, by name. */
    public Value helper(String name) {
        return helpers.getMember(name);
    }

    Object binding(String id) {
        return bindings.get(id);
    }
}
