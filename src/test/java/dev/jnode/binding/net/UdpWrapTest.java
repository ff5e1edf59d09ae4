package dev.jnode.binding.net;

import dev.jnode.testing.EvalHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** udp_wrap driven from JS as dgram drives it: bind, errno results, send, onmessage, close. */
class UdpWrapTest {
    @RegisterExtension
    static final EvalHarness js = new EvalHarness();

    private static String run(String source) throws Exception {
        return js.run(source);
    }

    @Test
    void datagramsArriveOnTheLoopWithTheirSender() throws Exception {
        String out = run(String.join("\n",
                "const dgram = require('dgram');",
                "const a = dgram.createSocket('udp4'), c = dgram.createSocket('udp4');",
                "const log = [];",
                "try { a.setBroadcast(true); } catch (e) { log.push(e.code); }",
                "a.on('message', (msg, rinfo) => {",
                "  log.push(msg.toString(), rinfo.address, rinfo.port === c.address().port, rinfo.size);",
                "  const d = dgram.createSocket('udp4');",
                "  d.on('error', (e) => { log.push(e.code); d.close(); a.close(); c.close(); });",
                "  d.bind(a.address().port, '127.0.0.1');",
                "});",
                "process.on('exit', () => process.stdout.write(JSON.stringify(log)));",
                "a.bind(0, '127.0.0.1', () => c.send('hello', a.address().port, '127.0.0.1', (e, n) => log.push('sent', e, n)));"));
        assertEquals("[\"EBADF\",\"sent\",null,5,\"hello\",\"127.0.0.1\",true,5,\"EADDRINUSE\"]", out);
    }

    @Test
    void anUnrefdSocketLetsTheRuntimeEnd() throws Exception {
        assertEquals("bound", run("const s = require('dgram').createSocket('udp4');"
                + "s.bind(0, () => { s.unref(); process.stdout.write('bound'); });"));
    }
}
