package dev.jnode.binding.process;

import dev.jnode.runtime.RuntimeOptions;
import org.graalvm.polyglot.Value;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What JS asked to start, read out of the options object once on the loop thread, and the
 * {@link ProcessBuilder} built from it.
 *
 * <p>The options object carries {@code file}, {@code args} (argv without argv[0]), {@code cwd},
 * {@code envPairs} ("KEY=value" strings), {@code stdio} (three ints: {@link #PIPE},
 * {@link #IGNORE}, or a parent descriptor 0–2) and {@code detached}.
 *
 * <p>A slot that shares one of the parent's descriptors becomes {@code Redirect.INHERIT} when the
 * runtime's stdio really is the JVM's (the jnode command); when an embedder gave the runtime its
 * own streams, the slot becomes a pipe that a {@link Pump} copies to (or from) those streams.
 */
public final class SpawnSpec {
    public static final int PIPE = -1;
    public static final int IGNORE = -2;

    private static final Pattern ERROR_NUMBER = Pattern.compile("error=(\\d+)");
    private static final String DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin";

    final String file;
    /** argv[0] as the child should see it (usually {@link #file}). */
    final String argv0;
    final List<String> args = new ArrayList<>();
    final String cwd;
    final Map<String, String> env = new LinkedHashMap<>();
    final int[] stdio = new int[3];
    final boolean detached;

    /** Per slot: true when the child's end is a pipe that JS reads or writes. */
    final boolean[] jsPipe = new boolean[3];
    /** Per slot: the runtime stream a pump copies to/from, or null. */
    final Object[] pumpTarget = new Object[3];

    public SpawnSpec(Value o) {
        file = o.getMember("file").asString();
        Value a0 = o.getMember("argv0");
        argv0 = a0 == null || a0.isNull() ? file : a0.asString();
        Value a = o.getMember("args");
        for (long i = 0, n = a.getArraySize(); i < n; i++) args.add(a.getArrayElement(i).asString());
        cwd = o.getMember("cwd").asString();
        Value e = o.getMember("envPairs");
        for (long i = 0, n = e.getArraySize(); i < n; i++) {
            String kv = e.getArrayElement(i).asString();
            int eq = kv.indexOf('=', 1);
            if (eq < 0) continue;
            env.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        Value s = o.getMember("stdio");
        for (int i = 0; i < 3; i++) stdio[i] = s.getArrayElement(i).asInt();
        Value d = o.getMember("detached");
        detached = d != null && d.isBoolean() && d.asBoolean();
    }

    /** A spawn failure with libuv's (negative) errno. */
    public static final class SpawnException extends Exception {
        public final int errno;

        SpawnException(int errno, String message) {
            super(message, null, false, false);
            this.errno = errno;
        }
    }

    /** Starts the process. Pumps for borrowed runtime stdio are started by the caller. */
    Process start(RuntimeOptions ro) throws SpawnException {
        File dir = new File(cwd);
        if (!dir.isDirectory()) throw new SpawnException(dir.exists() ? -20 : -2, "cwd");
        List<String> command = new ArrayList<>();
        String jvmPath = System.getenv().getOrDefault("PATH", DEFAULT_PATH);
        if (detached) {
            // A new session, as libuv's setsid(): the util-linux setsid execs in place (the child
            // is not a group leader), so the pid stays the program's.
            String setsid = findOnPath("setsid", jvmPath);
            if (setsid == null) throw new SpawnException(-38, "setsid");
            command.add(setsid);
        }
        String program = resolve();
        if (!argv0.equals(file)) {
            // The JDK passes the program path as argv[0]; bash's `exec -a` sets another one, in
            // place (same pid).
            String bash = new File("/bin/bash").canExecute() ? "/bin/bash" : findOnPath("bash", jvmPath);
            if (bash == null) throw new SpawnException(-38, "bash");
            command.add(bash);
            command.add("-c");
            command.add("exec -a \"$0\" \"$@\"");
            command.add(argv0);
            if (program.indexOf('/') < 0) program = findOnPath(program, this.env.getOrDefault("PATH", DEFAULT_PATH));
        }
        command.add(program);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.directory(dir);
        Map<String, String> penv = pb.environment();
        penv.clear();
        penv.putAll(env);
        configureStdio(pb, ro);
        try {
            return pb.start();
        } catch (IOException ex) {
            throw new SpawnException(errnoOf(ex), ex.getMessage());
        }
    }

    /**
     * The program to exec. A name without a slash is looked up on the child's PATH, as libuv does;
     * when that PATH is the JVM's own, the bare name is kept so the child's argv[0] is unchanged.
     */
    private String resolve() throws SpawnException {
        if (file.indexOf('/') >= 0) return file;
        String path = env.getOrDefault("PATH", DEFAULT_PATH);
        String found = findOnPath(file, path);
        if (found == null) {
            // EACCES when a match exists but cannot be executed
            for (String dir : path.split(":", -1)) {
                Path p = Path.of(dir.isEmpty() ? cwd : dir).resolve(file);
                if (Files.isRegularFile(p)) throw new SpawnException(-13, file);
            }
            throw new SpawnException(-2, file);
        }
        if (!detached && path.equals(System.getenv("PATH"))) return file;
        return found;
    }

    private String findOnPath(String name, String path) {
        for (String dir : path.split(":", -1)) {
            Path base = dir.isEmpty() ? Path.of(cwd) : Path.of(cwd).resolve(dir);
            Path p = base.resolve(name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p.toString();
        }
        return null;
    }

    private void configureStdio(ProcessBuilder pb, RuntimeOptions ro) {
        // stdin
        switch (stdio[0]) {
            case PIPE -> {
                pb.redirectInput(ProcessBuilder.Redirect.PIPE);
                jsPipe[0] = true;
            }
            case IGNORE -> pb.redirectInput(new File("/dev/null"));
            default -> {
                if (ro.stdin == System.in) {
                    pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
                } else {
                    pb.redirectInput(ProcessBuilder.Redirect.PIPE);
                    pumpTarget[0] = ro.stdin;
                }
            }
        }
        // stdout, stderr
        for (int slot = 1; slot <= 2; slot++) {
            int want = stdio[slot];
            ProcessBuilder.Redirect r;
            if (want == PIPE) {
                r = ProcessBuilder.Redirect.PIPE;
                jsPipe[slot] = true;
            } else if (want == IGNORE) {
                r = ProcessBuilder.Redirect.DISCARD;
            } else {
                OutputStream target = want == 1 ? ro.stdout : ro.stderr;
                if (want == slot && isRealFd(target, slot)) {
                    r = ProcessBuilder.Redirect.INHERIT;
                } else if (slot == 2 && want == 1 && stdio[1] == 1 && isRealFd(ro.stdout, 1)) {
                    pb.redirectErrorStream(true); // stderr joins the inherited stdout
                    continue;
                } else {
                    r = ProcessBuilder.Redirect.PIPE;
                    pumpTarget[slot] = target;
                }
            }
            if (slot == 1) pb.redirectOutput(r);
            else pb.redirectError(r);
        }
    }

    private static boolean isRealFd(OutputStream s, int fd) {
        try {
            return s instanceof FileOutputStream f
                    && f.getFD() == (fd == 1 ? FileDescriptor.out : FileDescriptor.err);
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts the copy threads for slots that borrow the runtime's own stdio streams. */
    void startPumps(Process p, List<Thread> started) {
        String name = "jnode-child-" + p.pid() + "-pump";
        if (pumpTarget[0] instanceof InputStream in) {
            started.add(Pump.start(name + "0", in, p.getOutputStream(), true));
        }
        if (pumpTarget[1] instanceof OutputStream out) {
            started.add(Pump.start(name + "1", p.getInputStream(), out, false));
        }
        if (pumpTarget[2] instanceof OutputStream out) {
            started.add(Pump.start(name + "2", p.getErrorStream(), out, false));
        }
    }

    /** libuv's errno for a failed ProcessBuilder.start(): Java reports "error=N, reason". */
    static int errnoOf(IOException e) {
        String msg = e.getMessage();
        if (msg != null) {
            Matcher m = ERROR_NUMBER.matcher(msg);
            if (m.find()) return -Integer.parseInt(m.group(1));
        }
        return -5; // EIO
    }
}
