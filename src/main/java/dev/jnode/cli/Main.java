package dev.jnode.cli;

import dev.jnode.runtime.NodeRuntime;
import dev.jnode.runtime.Platform;
import dev.jnode.runtime.RuntimeOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The {@code jnode} command: node's command line, one runtime instance, its exit code. */
public final class Main {
    static final String NAME = "jnode";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length > 0 && args[0].equals("--jnode-batch")) {
            try {
                return BatchRunner.run(Arrays.asList(args).subList(1, args.length));
            } catch (IOException e) {
                System.err.println(NAME + ": --jnode-batch: " + e.getMessage());
                return 1;
            }
        }
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        RuntimeOptions o = new RuntimeOptions();
        CommandLine.Action action;
        try {
            action = CommandLine.parse(Arrays.asList(args), o);
        } catch (CommandLine.BadOption e) {
            err.println(e.getMessage());
            return 9;
        }
        switch (action) {
            case VERSION -> {
                System.out.println(Platform.NODE_VERSION);
                return 0;
            }
            case HELP -> {
                System.out.print(Help.TEXT);
                return 0;
            }
            case V8_OPTIONS -> {
                err.println(NAME + ": --v8-options: jnode runs on GraalJS, which has no V8 options");
                return 9;
            }
            default -> { }
        }
        o.argv0 = System.getProperty("jnode.argv0", NAME);
        o.execPath = System.getProperty("jnode.execPath", NAME);
        String tty = System.getProperty("jnode.tty", "000");
        for (int i = 0; i < 3 && i < tty.length(); i++) o.isTTY[i] = tty.charAt(i) == '1';
        if (o.script == null && o.evalSource == null) {
            if (o.isTTY[0]) {
                err.println(NAME + ": the interactive REPL is not implemented yet (ERR_NOT_IMPLEMENTED); "
                        + "pass a file, -e, or a program on stdin");
                return 9;
            }
            try {
                o.evalSource = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
                o.evalName = "[stdin]";
            } catch (IOException e) {
                err.println(NAME + ": cannot read the program from stdin: " + e.getMessage());
                return 1;
            }
        }
        if (Boolean.getBoolean("jnode.traceStartup")) {
            System.err.println("[jnode startup] " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms: main");
        }
        try (Platform platform = new Platform()) {
            return NodeRuntime.run(platform, o);
        }
    }
}
