package dev.jnode.binding.messaging;

import dev.jnode.runtime.NodeRuntime;
import dev.jnode.runtime.Platform;
import dev.jnode.runtime.RuntimeOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The messaging binding's delivery passes, driven through MessagePort and BroadcastChannel. */
class MessagingBindingTest {
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

    private static String run(String source) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RuntimeOptions o = new RuntimeOptions();
        o.evalSource = source;
        o.stdin = new ByteArrayInputStream(new byte[0]);
        o.stdout = out;
        o.stderr = out;
        int code = new NodeRuntime(platform, o).start().get(60, TimeUnit.SECONDS);
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPassVisitsPortsInCreationOrderEachWithItsWholeQueue() throws Exception {
        String out = run(String.join("\n",
                "const log = [];",
                "const c1 = new BroadcastChannel('o'), c2 = new BroadcastChannel('o'), c3 = new BroadcastChannel('o');",
                "const seen = (name) => (e) => {",
                "  log.push(name + ':' + e.data);",
                "  if (log.length === 6) { [c1, c2, c3].forEach((c) => c.close()); process.stdout.write(log.join(' ')); }",
                "};",
                "c1.onmessage = seen('c1'); c2.onmessage = seen('c2'); c3.onmessage = seen('c3');",
                "c1.postMessage('a'); c3.postMessage('b'); c2.postMessage('c');"));
        assertEquals("c1:b c1:c c2:a c2:b c3:a c3:c", out);
    }

    @Test
    void aPortThatKeepsPostingToItselfDoesNotStarveTimers() throws Exception {
        String out = run(String.join("\n",
                "const { port1, port2 } = new MessageChannel();",
                "let count = 0;",
                "port1.on('message', () => {",
                "  if (count++ === 0) setTimeout(() => { port1.close(); process.stdout.write(String(count)); }, 0);",
                "  port2.postMessage(0);",
                "});",
                "port2.postMessage(0);"));
        int count = Integer.parseInt(out);
        // one pass in the pending phase and one after the poll may run before the next timers phase
        assertTrue(count > 1 && count <= 3 * 1000, "messages delivered before the timer ran: " + count);
    }

    @Test
    void closingOneEndDeliversWhatWasQueuedThenClosesBothInTheClosingPhase() throws Exception {
        String out = run(String.join("\n",
                "const { port1, port2 } = new MessageChannel();",
                "const log = [];",
                "port1.postMessage(1); port1.postMessage(2); port1.close();",
                "port2.on('message', (m) => log.push(m));",
                "port2.on('close', () => log.push('close2'));",
                "port1.on('close', () => log.push('close1'));",
                "process.on('exit', () => process.stdout.write(log.join(' ')));"));
        assertEquals("1 2 close1 close2", out);
    }
}
