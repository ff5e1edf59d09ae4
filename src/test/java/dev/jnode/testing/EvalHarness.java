package dev.jnode.testing;

import dev.jnode.runtime.NodeRuntime;
import dev.jnode.runtime.Platform;
import dev.jnode.runtime.RuntimeOptions;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs JS source in fresh runtime instances on one shared Platform, reading jnode's core modules
 * from the source tree: what the Java tests that drive a binding from JS have in common. A test
 * class holds one as {@code @RegisterExtension static final EvalHarness js = new EvalHarness();}
 * and the Platform closes after its last test.
 */
public final class EvalHarness implements AutoCloseable, AfterAllCallback {
    /** What a program printed (stdout and stderr together) and its exit code. */
    public record Result(int code, String out) { }

    private final Platform platform;

    public EvalHarness() {
        System.setProperty("jnode.libDir", Path.of("src/main/js").toAbsolutePath().toString());
        platform = new Platform("2");
    }

    /** Options for evaluating {@code source} with empty stdin and both outputs into {@code out}. */
    public static RuntimeOptions options(String source, ByteArrayOutputStream out) {
        RuntimeOptions o = new RuntimeOptions();
        o.evalSource = source;
        o.stdin = new ByteArrayInputStream(new byte[0]);
        o.stdout = out;
        o.stderr = out;
        return o;
    }

    /** Starts {@code source} in a new runtime; the future completes with its exit code. */
    public CompletableFuture<Integer> start(String source, ByteArrayOutputStream out) {
        return new NodeRuntime(platform, options(source, out)).start();
    }

    public Result eval(String source) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = start(source, out).get(60, TimeUnit.SECONDS);
        return new Result(code, out.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code source}, which must exit with 0, and returns what it printed. */
    public String run(String source) throws Exception {
        Result r = eval(source);
        assertEquals(0, r.code(), r.out());
        return r.out();
    }

    @Override
    public void close() {
        platform.close();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
