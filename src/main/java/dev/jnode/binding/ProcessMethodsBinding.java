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
        long direct = directBufferBytes();
        shared.putDouble(16, rss());
        shared.putDouble(24, total);
        shared.putDouble(32, used);
        shared.putDouble(40, direct);
        shared.putDouble(48, direct);
    }

    /** Bytes held by the JVM's direct and mapped buffers (Node's "external" memory). */
    static long directBufferBytes() {
        long direct = 0;
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getMemoryUsed() > 0) direct += pool.getMemoryUsed();
        }
        return direct;
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

    /**
     * CPU time of the process in microseconds, [user, system], from /proc/self/stat (clock ticks);
     * elsewhere the JVM's process CPU time, all counted as user time.
     */
    @HostAccess.Export
    public double[] cpuUsage() {
        long[] stat = procSelfStat();
        if (stat != null) return new double[] {stat[13] * MICROS_PER_TICK, stat[14] * MICROS_PER_TICK};
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return new double[] {Math.max(0, sun.getProcessCpuTime() / 1000), 0};
        }
        return new double[] {0, 0};
    }

    /** CPU time of the calling (loop) thread in microseconds, [user, system]. */
    @HostAccess.Export
    public double[] threadCpuUsage() {
        var threads = ManagementFactory.getThreadMXBean();
        long user = Math.max(0, threads.getCurrentThreadUserTime() / 1000);
        long total = Math.max(0, threads.getCurrentThreadCpuTime() / 1000);
        return new double[] {user, Math.max(0, total - user)};
    }

    /**
     * getrusage(RUSAGE_SELF) as Linux exposes it in /proc: userCPUTime, systemCPUTime (µs),
     * maxRSS (KiB), sharedMemorySize, unsharedDataSize, unsharedStackSize, minorPageFault,
     * majorPageFault, swappedOut, fsRead, fsWrite (512-byte blocks), ipcSent, ipcReceived,
     * signalsCount, voluntaryContextSwitches, involuntaryContextSwitches.
     */
    @HostAccess.Export
    public double[] resourceUsage() {
        double[] r = new double[16];
        double[] cpu = cpuUsage();
        r[0] = cpu[0];
        r[1] = cpu[1];
        long[] stat = procSelfStat();
        if (stat != null) {
            r[6] = stat[9];
            r[7] = stat[11];
        }
        r[2] = statusKb("VmHWM:");
        r[14] = statusKb("voluntary_ctxt_switches:");
        r[15] = statusKb("nonvoluntary_ctxt_switches:");
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
                if (line.startsWith("read_bytes:")) r[9] = Long.parseLong(line.substring(11).trim()) / 512;
                if (line.startsWith("write_bytes:")) r[10] = Long.parseLong(line.substring(12).trim()) / 512;
            }
        } catch (Exception e) {
            // not readable here: the counters stay 0
        }
        return r;
    }

    /** Memory the process may still use, in bytes: MemAvailable, capped by a cgroup limit. */
    @HostAccess.Export
    public double availableMemory() {
        long avail = meminfoKb("MemAvailable:") * 1024;
        long limit = cgroupLimit();
        if (limit > 0) {
            long used = cgroupUsage();
            long left = Math.max(0, limit - used);
            avail = avail > 0 ? Math.min(avail, left) : left;
        }
        return avail;
    }

    /** The cgroup memory limit in bytes; 2^64 (libuv's UINT64_MAX) when there is none. */
    @HostAccess.Export
    public double constrainedMemory() {
        long limit = cgroupLimit();
        return limit > 0 ? limit : 18446744073709551616.0;
    }

    private static final double MICROS_PER_TICK = 1_000_000.0 / 100; // USER_HZ is 100 on Linux

    /** The numeric fields of /proc/self/stat after the command name (index 0 is field 3, state). */
    private static long[] procSelfStat() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            long[] out = new long[f.length + 2];
            // shift so that out[i] is field i+1 of proc(5): out[13] utime, out[14] stime
            for (int i = 1; i < f.length; i++) out[i + 2] = Long.parseLong(f[i]);
            return out;
        } catch (Exception e) {
            return null;
        }
    }

    private static long statusKb(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
            }
        } catch (Exception e) {
            // not Linux
        }
        return 0;
    }

    private static long meminfoKb(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith(key)) return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
            }
        } catch (Exception e) {
            // not Linux
        }
        long max = Runtime.getRuntime().maxMemory();
        return max == Long.MAX_VALUE ? 0 : max / 1024;
    }

    private static long cgroupLimit() {
        for (String f : new String[] {"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"}) {
            try {
                String v = Files.readString(Path.of(f)).trim();
                if (v.equals("max")) return 0;
                long n = Long.parseLong(v);
                return n >= (1L << 62) ? 0 : n;
            } catch (Exception e) {
                // try the next layout
            }
        }
        return 0;
    }

    private static long cgroupUsage() {
        for (String f : new String[] {"/sys/fs/cgroup/memory.current", "/sys/fs/cgroup/memory/memory.usage_in_bytes"}) {
            try {
                return Long.parseLong(Files.readString(Path.of(f)).trim());
            } catch (Exception e) {
                // try the next layout
            }
        }
        return 0;
    }

    /**
     * The text of core module {@code id} as its author wrote it (without the wrapper the loader
     * puts on line 1), for the source excerpt of errors thrown inside it; null if unknown.
     */
    @HostAccess.Export
    public String builtinSource(String id) {
        var source = runtime.platform().libSource(id);
        if (source == null) return null;
        String text = source.getCharacters().toString();
        int open = text.indexOf('{');
        if (text.startsWith("(function (") && open > 0) text = text.substring(open + 1);
        return text;
    }

    /** Seconds since the process started. */
    /** globalThis.gc() under --expose-gc: asks the JVM for a full collection. */
    @HostAccess.Export
    public void gc() {
        System.gc();
    }

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

    private NativeIntCall umaskCall;
    private boolean umaskCallTried;

    /**
     * Sets the process umask with umask(2) and returns the previous one; -1 when this JVM cannot
     * call it (JS then throws ERR_NOT_IMPLEMENTED). The umask is process-wide, as in Node.
     */
    @HostAccess.Export
    public int setUmask(int mask) {
        if (!umaskCallTried) {
            umaskCallTried = true;
            umaskCall = NativeIntCall.lookup("umask", 1);
        }
        if (umaskCall == null) return -1;
        try {
            return umaskCall.call(mask & 0777);
        } catch (Throwable t) {
            return -1;
        }
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
        o.putMember("inputType", options.inputType);
        o.putMember("noDeprecation", options.noDeprecation);
        o.putMember("throwDeprecation", options.throwDeprecation);
        o.putMember("traceDeprecation", options.traceDeprecation);
        o.putMember("noWarnings", options.noWarnings);
        o.putMember("traceWarnings", options.traceWarnings);
        return o;
    }
}
