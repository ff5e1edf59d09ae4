package dev.jnode.binding.process;

import dev.jnode.runtime.RuntimeOptions;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyncRunnerTest {
    /** A runtime stopped during spawnSync (its thread interrupted) kills the child and returns. */
    @Test
    void interruptedRunKillsTheChildAndReturns() throws Exception {
        SpawnSpec spec;
        try (Context cx = Context.create("js")) {
            spec = new SpawnSpec(cx.eval("js",
                    "({ file: 'sleep', args: ['sleep', '30'], cwd: '/tmp', envPairs: ['PATH=/usr/bin:/bin'],"
                            + " stdio: [-2, -1, -1] })"));
        }
        SyncRunner runner = new SyncRunner(spec, null, 0, 15, 1024 * 1024);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<SyncRunner.Result> result = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                result.set(runner.run(new RuntimeOptions()));
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        Thread.sleep(500);
        t.interrupt();
        t.join(10_000);
        assertFalse(t.isAlive(), "run() returned");
        assertNull(failure.get(), "no exception");
        assertTrue(result.get().started);
        assertFalse(ProcessHandle.of(result.get().pid).map(ProcessHandle::isAlive).orElse(false), "the child is gone");
    }
}
