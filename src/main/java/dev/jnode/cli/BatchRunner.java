package dev.jnode.cli;

import dev.jnode.runtime.NodeRuntime;
import dev.jnode.runtime.Platform;
import dev.jnode.runtime.RuntimeOptions;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code jnode --jnode-batch CWD TIMEOUT_SECONDS}: runs many programs one after another in this
 * JVM, each in a fresh runtime instance on one shared Platform (so the core modules and the JIT's
 * work are shared; no JVM start per program). For test runners (test/node-compat/run.sh).
 *
 * <p>Reads one job per stdin line, tab-separated: a name, a log file (stdout and stderr of the
 * program), the extra environment as {@code K=V} words separated by spaces (may be empty), then
 * jnode's arguments (options and the script). Prints {@code name TAB exitCode TAB seconds} per
 * job. A program still running after the timeout is terminated (exit 124); if it does not stop,
 * the batch exits with 3 so the caller can start a new one for the remaining jobs.
 */
final class BatchRunner {
    private BatchRunner() {
    }

    static int run(List<String> args) throws IOException {
        if (args.size() < 2) {
            System.err.println("usage: jnode --jnode-batch CWD TIMEOUT_SECONDS < jobs");
            return 9;
        }
        String cwd = args.get(0);
        long timeout = Long.parseLong(args.get(1));
        PrintStream out = new PrintStream(new FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Platform platform = new Platform()) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    out.println(f[0] + "\t9\t0.0");
                    continue;
                }
                long t0 = System.nanoTime();
                int code = runJob(platform, cwd, timeout, f);
                out.printf("%s\t%d\t%.1f%n", f[0], code == -3 ? 124 : code, (System.nanoTime() - t0) / 1e9);
                if (code == -3) {
                    out.flush();
                    Runtime.getRuntime().halt(3); // a stuck runtime's threads must not keep the JVM up
                }
            }
        }
        return 0;
    }

    /** One job: its exit code, or -3 when it could not be stopped. */
    private static int runJob(Platform platform, String cwd, long timeout, String[] f) throws IOException {
        try (OutputStream log = new FileOutputStream(f[1])) {
            RuntimeOptions o = new RuntimeOptions();
            try {
                CommandLine.parse(Arrays.asList(f).subList(3, f.length), o);
            } catch (CommandLine.BadOption e) {
                log.write((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
                return 9;
            }
            for (String kv : f[2].trim().split(" +")) {
                int eq = kv.indexOf('=');
                if (eq > 0) o.env.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            o.cwd = cwd;
            o.argv0 = "jnode";
            o.execPath = System.getProperty("jnode.execPath", "jnode");
            o.stdin = new ByteArrayInputStream(new byte[0]);
            o.stdout = log;
            o.stderr = log;
            NodeRuntime rt = new NodeRuntime(platform, o);
            CompletableFuture<Integer> done = rt.start();
            try {
                return done.get(timeout, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                // Terminate from another thread, so a runtime that cannot be stopped cannot hang
                // the batch: after 10 s the batch gives up (the caller restarts it).
                Thread killer = new Thread(() -> rt.terminate(124), "jnode-batch-terminate");
                killer.setDaemon(true);
                killer.start();
                try {
                    done.get(10, TimeUnit.SECONDS);
                    return 124;
                } catch (TimeoutException | InterruptedException | java.util.concurrent.ExecutionException stuck) {
                    return -3;
                }
            } catch (Exception e) {
                log.write(("jnode: internal error: " + e + "\n").getBytes(StandardCharsets.UTF_8));
                return 70;
            }
        }
    }
}
