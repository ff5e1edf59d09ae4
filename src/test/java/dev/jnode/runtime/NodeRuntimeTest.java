package dev.jnode.runtime;

import dev.jnode.testing.EvalHarness;
import dev.jnode.testing.EvalHarness.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runtime instances as an embedder sees them: exit codes, output, several on one Platform. */
class NodeRuntimeTest {
    @RegisterExtension
    static final EvalHarness js = new EvalHarness();

    private static Result eval(String source) throws Exception {
        return js.eval(source);
    }

    @Test
    void exitCodes() throws Exception {
        assertEquals(0, eval("1").code());
        assertEquals(3, eval("process.exitCode = 3").code());
        assertEquals(4, eval("setTimeout(() => process.exit(4), 1)").code());
        assertEquals(1, eval("setTimeout(() => { throw new Error('x') }, 1)").code());
    }

    @Test
    void uncaughtExceptionHandlerLetsTheProgramCarryOn() throws Exception {
        Result r = eval("process.on('uncaughtException', (e, origin) => process.stdout.write(e.message + ' ' + origin + ';'));"
                + "setTimeout(() => { throw new Error('boom') }, 1);"
                + "setTimeout(() => process.stdout.write('after'), 5);");
        assertEquals(0, r.code());
        assertEquals("boom uncaughtException;after", r.out());
    }

    @Test
    void unhandledRejectionEndsTheProcessAsNode26Does() throws Exception {
        assertEquals(1, eval("Promise.reject(new Error('no handler'))").code());
        Result handled = eval("process.on('unhandledRejection', (r) => process.stdout.write('saw ' + r));"
                + "Promise.reject(7)");
        assertEquals(0, handled.code());
        assertEquals("saw 7", handled.out());
    }

    @Test
    void beforeExitCanScheduleMoreWork() throws Exception {
        Result r = eval("let n = 0; process.on('beforeExit', () => { if (n++ < 2) setTimeout(() => process.stdout.write('more'), 1) });"
                + "process.on('exit', (c) => process.stdout.write(' exit' + c))");
        assertEquals("moremore exit0", r.out());
    }

    @Test
    void exitFromInsideAPromiseJob() throws Exception {
        Result r = eval("process.on('exit', (c) => process.stdout.write('exit ' + c));"
                + "Promise.resolve().then(() => process.exit(5)).then(() => process.stdout.write('never'))");
        assertEquals(5, r.code());
        assertEquals("exit 5", r.out());
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
        CompletableFuture<Integer> fa = js.start("globalThis.x = 'a'; setTimeout(() => process.stdout.write(x), 20)", a);
        CompletableFuture<Integer> fb = js.start("globalThis.x = 'b'; setTimeout(() => process.stdout.write(x), 5)", b);
        assertEquals(0, fa.get(60, TimeUnit.SECONDS));
        assertEquals(0, fb.get(60, TimeUnit.SECONDS));
        assertEquals("a", a.toString(StandardCharsets.UTF_8));
        assertEquals("b", b.toString(StandardCharsets.UTF_8));
    }
}
