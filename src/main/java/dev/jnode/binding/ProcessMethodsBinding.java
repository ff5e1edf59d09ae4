package dev.jnode.binding;

import dev.jnode.runtime.NodeRuntime;
import dev.jnode.runtime.Platform;
import dev.jnode.runtime.RuntimeOptions;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * internalBinding('process_methods'): what the process object needs from the JVM and the OS.
 * hrtime and memoryUsage write into a shared buffer that JS reads as a typed array, so a call
 * crosses the boundary once and returns no objects.
 */
public final class ProcessMethodsBinding {
    private final NodeRuntime runtime;
    private final RuntimeOptions options;
    /** Shared with JS: [0..2) hrtime as uint32 sec-hi, sec-lo, nsec; then 5 doubles for memoryUsage. */
    private final ByteBuffer shared = ByteBuffer.allocateDirect(64).order(ByteOrder.nativeOrder());
    private String cwd;

    public ProcessMethodsBinding(NodeRuntime runtime) {
        this.runtime = runtime;
        this.options = runtime.options();
        this.cwd = Path.of(options.cwd).toAbsolutePath().normalize().toString();
    }

    /** The buffer JS wraps with `new ArrayBuffer(buffer)`. */
    @HostAccess.Export
    public ByteBuffer sharedBuffer() {
        return shared;
    }

    /** Writes the monotonic clock into the shared buffer as uint32 [sec-high, sec-low, nsec]. */
    @HostAccess.Export
    public void hrtime() {
        long t = System.nanoTime();
        long sec = Long.divideUnsigned(t, 1_000_000_000L);
        long nsec = Long.remainderUnsigned(t, 1_000_000_000L);
        shared.putInt(0, (int) (sec >>> 32));
        shared.putInt(4, (int) sec);
        shared.putInt(8, (int) nsec);
    }

    /** Writes rss, heapTotal, heapUsed, external, arrayBuffers as doubles at offset 16. */
    @HostAccess.Export
    public void memoryUsage() {
        Runtime rt = Runtime.getRuntime();
        long total = rt.totalMemory();
        long used = total - rt.freeMemory();
        long direct = 0;
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getMemoryUsed() > 0) direct += pool.getMemoryUsed();
        }
        shared.putDouble(16, rss());
        shared.putDouble(24, total);
        shared.putDouble(32, used);
        shared.putDouble(40, direct);
        shared.putDouble(48, direct);
    }

    /** Resident set size in bytes, from /proc/self/statm (what Node's uv_resident_set_memory reads). */
    @HostAccess.Export
    public double rss() {
        try {
            String statm = Files.readString(Path.of("/proc/self/statm"));
            long pages = Long.parseLong(statm.trim().split("\\s+")[1]);
            return pages * 4096.0;
        } catch (Exception e) {
            return Runtime.getRuntime().totalMemory();
        }
    }

    /** Seconds since the process started. */
    @HostAccess.Export
    public double uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
    }

    @HostAccess.Export
    public double pid() {
        return ProcessHandle.current().pid();
    }

    @HostAccess.Export
    public double ppid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    }

    /**
     * The working directory. The JVM cannot change its own, so each instance keeps its own; every
     * path jnode hands to the OS is resolved against it first, and child processes start in it.
     */
    @HostAccess.Export
    public String cwd() {
        return cwd;
    }

    /** Changes the instance's working directory; returns 0 or a negative errno. */
    @HostAccess.Export
    public int chdir(String dir) {
        Path p = Path.of(cwd).resolve(dir).normalize();
        if (!Files.exists(p)) return Errno.ENOENT;
        if (!Files.isDirectory(p)) return Errno.ENOTDIR;
        cwd = p.toString();
        return 0;
    }

    @HostAccess.Export
    public int getuid() {
        return statusField("Uid:", 0);
    }

    @HostAccess.Export
    public int geteuid() {
        return statusField("Uid:", 1);
    }

    @HostAccess.Export
    public int getgid() {
        return statusField("Gid:", 0);
    }

    @HostAccess.Export
    public int getegid() {
        return statusField("Gid:", 1);
    }

    /** The process umask, from /proc/self/status. */
    @HostAccess.Export
    public int umask() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Umask:")) return Integer.parseInt(line.substring(6).trim(), 8);
            }
        } catch (Exception e) {
            // fall through to the usual default
        }
        return 0022;
    }

    /** One number from a line of /proc/self/status, e.g. the effective uid from "Uid:". */
    private static int statusField(String key, int index) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) return Integer.parseInt(line.substring(key.length()).trim().split("\\s+")[index]);
            }
        } catch (Exception e) {
            // not Linux: fall through
        }
        return -1;
    }

    @HostAccess.Export
    public String nodeVersion() {
        return Platform.NODE_VERSION;
    }

    @HostAccess.Export
    public String jnodeVersion() {
        return Platform.JNODE_VERSION;
    }

    @HostAccess.Export
    public String graalVersion() {
        return runtime.platform().engine().getVersion();
    }

    @HostAccess.Export
    public String javaVersion() {
        return System.getProperty("java.version");
    }

    @HostAccess.Export
    public String arch() {
        String a = System.getProperty("os.arch");
        return switch (a) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64" -> "arm64";
            case "x86", "i386" -> "ia32";
            default -> a;
        };
    }

    @HostAccess.Export
    public String platform() {
        String os = System.getProperty("os.name").toLowerCase();
        if (os.contains("linux")) return "linux";
        if (os.contains("mac")) return "darwin";
        if (os.contains("win")) return "win32";
        return os;
    }

    /** process.argv etc. as a JSON document JS parses: {argv0, execPath, script, args, execArgv, env, ...}. */
    @HostAccess.Export
    public Value startupInfo(Value newObject) {
        Value o = newObject.execute();
        o.putMember("argv0", options.argv0);
        o.putMember("execPath", options.execPath);
        o.putMember("script", options.script);
        o.putMember("evalSource", options.evalSource);
        o.putMember("evalName", options.evalName);
        o.putMember("print", options.print);
        o.putMember("args", options.args.toArray(new String[0]));
        o.putMember("execArgv", options.execArgv.toArray(new String[0]));
        o.putMember("requires", options.requires.toArray(new String[0]));
        String[] env = new String[options.env.size() * 2];
        int i = 0;
        for (var e : options.env.entrySet()) {
            env[i++] = e.getKey();
            env[i++] = e.getValue();
        }
        o.putMember("env", env);
        o.putMember("unhandledRejections", options.unhandledRejections);
        o.putMember("noDeprecation", options.noDeprecation);
        o.putMember("throwDeprecation", options.throwDeprecation);
        o.putMember("traceDeprecation", options.traceDeprecation);
        o.putMember("noWarnings", options.noWarnings);
        o.putMember("traceWarnings", options.traceWarnings);
        return o;
    }
}
