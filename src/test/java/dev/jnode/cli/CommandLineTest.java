package dev.jnode.cli;

import dev.jnode.runtime.RuntimeOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {

    private static RuntimeOptions parse(String... args) throws CommandLine.BadOption {
        RuntimeOptions o = new RuntimeOptions();
        assertEquals(CommandLine.Action.RUN, CommandLine.parse(List.of(args), o));
        return o;
    }

    @Test
    void scriptAndItsArguments() throws Exception {
        RuntimeOptions o = parse("--no-warnings", "app.js", "--port", "80");
        assertEquals("app.js", o.script);
        assertEquals(List.of("--port", "80"), o.args);
        assertEquals(List.of("--no-warnings"), o.execArgv);
        assertTrue(o.noWarnings);
    }

    @Test
    void evalAndPrint() throws Exception {
        RuntimeOptions o = parse("-p", "1+1", "x");
        assertEquals("1+1", o.evalSource);
        assertTrue(o.print);
        assertNull(o.script);
        assertEquals(List.of("x"), o.args);
        RuntimeOptions e = parse("--eval=foo()");
        assertEquals("foo()", e.evalSource);
        RuntimeOptions pe = parse("-pe", "2");
        assertTrue(pe.print);
        assertEquals("2", pe.evalSource);
    }

    @Test
    void requiresAndDoubleDash() throws Exception {
        RuntimeOptions o = parse("-r", "a", "--require=b", "--", "-weird.js", "y");
        assertEquals(List.of("a", "b"), o.requires);
        assertEquals("-weird.js", o.script);
        assertEquals(List.of("y"), o.args);
    }

    @Test
    void unknownOptionIsRejectedAsNodeDoes() {
        CommandLine.BadOption e = assertThrows(CommandLine.BadOption.class, () -> parse("--x"));
        assertEquals("jnode: bad option: --x", e.getMessage());
        CommandLine.BadOption missing = assertThrows(CommandLine.BadOption.class, () -> parse("-e"));
        assertEquals("jnode: -e requires an argument", missing.getMessage());
    }

    @Test
    void versionAndHelp() throws Exception {
        assertEquals(CommandLine.Action.VERSION, CommandLine.parse(List.of("--version"), new RuntimeOptions()));
        assertEquals(CommandLine.Action.VERSION, CommandLine.parse(List.of("-v"), new RuntimeOptions()));
        assertEquals(CommandLine.Action.HELP, CommandLine.parse(List.of("-h"), new RuntimeOptions()));
    }

    @Test
    void httpOptionsReachExecArgv() throws Exception {
        assertEquals(List.of("--max-http-header-size=10"), parse("--max-http-header-size=10", "a.js").execArgv);
        assertEquals(List.of("--max-http-header-size=20", "--insecure-http-parser"),
                parse("--max-http-header-size", "20", "--insecure-http-parser", "a.js").execArgv);
        assertThrows(CommandLine.BadOption.class, () -> parse("--max-http-header-size=x", "a.js"));
    }

    @Test
    void tlsMinimumAboveMaximumIsRefused() throws CommandLine.BadOption {
        CommandLine.BadOption e = assertThrows(CommandLine.BadOption.class,
                () -> parse("--tls-min-v1.3", "--tls-max-v1.2", "-e", "0"));
        assertTrue(e.getMessage().endsWith("either --tls-min-v1.3 or --tls-max-v1.2 can be used, not both"));
        parse("--tls-min-v1.3", "--tls-max-v1.3", "-e", "0");
    }
}
