package dev.jnode;

import dev.jnode.runtime.NodeRuntime;
import dev.jnode.runtime.Platform;
import dev.jnode.runtime.RuntimeOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every {@code test/js/test-*.js} in-process: one Platform (one shared Engine, so core
 * modules compile once), a fresh runtime instance per file. A test passes when it exits 0.
 * Set {@code -Djnode.test.filter=substring} to run some of them.
 */
class JsFileTests {
    private static final Path ROOT = Path.of(System.getProperty("jnode.root", ".")).toAbsolutePath().normalize();
    private static final long TIMEOUT_SECONDS = Long.getLong("jnode.test.timeout", 60);
    private static Platform platform;

    @BeforeAll
    static void start() {
        System.setProperty("jnode.libDir", ROOT.resolve("src/main/js").toString());
        platform = new Platform("4");
    }

    @AfterAll
    static void stop() {
        if (platform != null) platform.close();
    }

    @TestFactory
    Stream<DynamicTest> jsTests() throws IOException {
        String filter = System.getProperty("jnode.test.filter", "");
        List<Path> files;
        try (Stream<Path> s = Files.list(ROOT.resolve("test/js"))) {
            files = s.filter(p -> p.getFileName().toString().matches("test-.*\\.js"))
                    .filter(p -> p.getFileName().toString().contains(filter))
                    .sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> runOne(f)));
    }

    private void runOne(Path file) throws Exception {
        RuntimeOptions o = new RuntimeOptions();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        o.script = file.toString();
        o.cwd = ROOT.toString();
        o.argv0 = "jnode";
        o.execPath = ROOT.resolve("bin/jnode").toString();
        o.stdin = new ByteArrayInputStream(new byte[0]);
        o.stdout = out;
        o.stderr = out;
        NodeRuntime rt = new NodeRuntime(platform, o);
        int code;
        try {
            code = rt.start().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            rt.terminate(124);
            fail(file.getFileName() + " timed out after " + TIMEOUT_SECONDS + "s; output:\n" + text(out));
            return;
        }
        if (code != 0) fail(file.getFileName() + " exited with " + code + "; output:\n" + text(out));
    }

    private static String text(ByteArrayOutputStream out) {
        String s = out.toString(StandardCharsets.UTF_8);
        return s.length() > 20000 ? s.substring(0, 20000) + "\n[...]" : s;
    }
}
