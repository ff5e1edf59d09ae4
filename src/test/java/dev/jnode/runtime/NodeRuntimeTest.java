package dev.jnode.runtime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runtime instances as an embedder sees them: exit codes, output, several on one Platform. */
class NodeRuntimeTest {
    private static Platform platform;

    @BeforeAll
    static void start() {
        System.setProperty("jnode.libDir", Path.of("src/main/js").toAbsolutePath().toString());
        platform = new Platform("2");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private record Result(int code, String out) { }

    private static RuntimeOptions options(String source, ByteArrayOutputStream out) {
        RuntimeOptions o = new RuntimeOptions();
        o.evalSource = source;
        o.stdin = new ByteArrayInputStream(new byte[0]);
        o.stdout = out;
        o.stderr = out;
        return o;
    }

    private static Result eval(String source) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new NodeRuntime(platform, options(source, out)).start().get(60, TimeUnit.SECONDS);
        return new Result(code, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exitCodes() throws Exception {
        assertEquals(0, eval("1").code());
        assertEquals(3, eval("process.exitCode = 3").code());
        assertEquals(4, eval("setTimeout(() => process.exit(4), 1)").code());
        assertEquals(1, eval("setTimeout(() => { throw new Error('x') }, 1)").code());
    }

    @Test
    void ticksRunBeforePromiseJobs() throws Exception {
        Result r = eval("const w = (s) => process.stdout.write(s + ' ');"
                + "Promise.resolve().then(() => w('promise'));"
                + "process.nextTick(() => w('tick'));"
                + "setImmediate(() => w('immediate'));");
        assertEquals("tick promise immediate ", r.out());
    }

    @Test
    void instancesRunSideBySide() throws Exception {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        CompletableFuture<Integer> fa = new NodeRuntime(platform,
                options("globalThis.x = 'a'; setTimeout(() => process.stdout.write(x), 20)", a)).start();
        CompletableFuture<Integer> fb = new NodeRuntime(platform,
                options("globalThis.x = 'b'; setTimeout(() => process.stdout.write(x), 5)", b)).start();
        assertEquals(0, fa.get(60, TimeUnit.SECONDS));
        assertEquals(0, fb.get(60, TimeUnit.SECONDS));
        assertEquals("a", a.toString(StandardCharsets.UTF_8));
        assertEquals("b", b.toString(StandardCharsets.UTF_8));
    }
}
