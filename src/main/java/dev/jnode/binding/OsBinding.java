package dev.jnode.binding;

import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * internalBinding('os'): what node:os needs from the machine, read from /proc, /sys, /etc/passwd
 * and java.net. Methods that can fail take a {@code ctx} object and fill in {@code errno},
 * {@code code}, {@code message} and {@code syscall} (libuv's names) and return null; JS turns that
 * into Node's SystemError. Everything returned is a primitive, a string or a Java array.
 */
public final class OsBinding {
    private static final int ESRCH = 3;
    private static final int ENOENT = 2;

    private final NodeRuntime runtime;
    /** setpriority(2) through the JDK's foreign-function API, looked up on first use. */
    private NativeIntCall priorityCall;
    private boolean priorityCallTried;

    public OsBinding(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    // ---- uname ----

    /** [sysname, version, release, machine], as uname(2). */
    @HostAccess.Export
    public String[] getOSInformation() {
        String sysname = System.getProperty("os.name");
        String release = readTrimmed("/proc/sys/kernel/osrelease", System.getProperty("os.version"));
        String version = readTrimmed("/proc/sys/kernel/version", "");
        String machine = readTrimmed("/proc/sys/kernel/arch", null);
        if (machine == null) {
            String a = System.getProperty("os.arch");
            machine = switch (a) {
                case "amd64", "x86_64" -> "x86_64";
                case "x86", "i386" -> "i686";
                default -> a;
            };
        }
        return new String[] {sysname, version, release, machine};
    }

    @HostAccess.Export
    public String getHostname(Value ctx) {
        String h = readTrimmed("/proc/sys/kernel/hostname", null);
        if (h != null) return h;
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return fail(ctx, 5, "EIO", "i/o error", "uv_os_gethostname");
        }
    }

    // ---- memory, load, uptime ----

    /** Bytes, from MemTotal in /proc/meminfo (libuv's uv_get_total_memory). */
    @HostAccess.Export
    public double getTotalMem() {
        return meminfo("MemTotal:");
    }

    /** Bytes, from MemAvailable in /proc/meminfo (libuv's uv_get_free_memory). */
    @HostAccess.Export
    public double getFreeMem() {
        double v = meminfo("MemAvailable:");
        return v >= 0 ? v : meminfo("MemFree:");
    }

    private static double meminfo(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith(key)) {
                    String[] f = line.substring(key.length()).trim().split("\\s+");
                    return Long.parseLong(f[0]) * 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    @HostAccess.Export
    public double[] getLoadAvg() {
        double[] out = new double[3];
        String s = readTrimmed("/proc/loadavg", null);
        if (s != null) {
            String[] f = s.split("\\s+");
            for (int i = 0; i < 3 && i < f.length; i++) out[i] = Double.parseDouble(f[i]);
        } else {
            out[0] = Math.max(0, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        return out;
    }

    /** Seconds since boot, from /proc/uptime. */
    @HostAccess.Export
    public Object getUptime(Value ctx) {
        String s = readTrimmed("/proc/uptime", null);
        if (s == null) return fail(ctx, 38, "ENOSYS", "function not implemented", "uv_uptime");
        return Double.parseDouble(s.split("\\s+")[0]);
    }

    @HostAccess.Export
    public int getAvailableParallelism() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    // ---- cpus ----

    /**
     * Per CPU, seven entries: model, speed (MHz), then user, nice, sys, idle, irq in milliseconds.
     * Times come from the cpuN lines of /proc/stat, the model from /proc/cpuinfo and the speed
     * from cpufreq in /sys (0 when the kernel does not expose it), as libuv does.
     */
    @HostAccess.Export
    public Object[] getCPUs() {
        List<Object> out = new ArrayList<>();
        List<String> stat;
        try {
            stat = Files.readAllLines(Path.of("/proc/stat"));
        } catch (IOException e) {
            return new Object[0];
        }
        Map<Integer, String> models = cpuModels();
        String defaultModel = models.isEmpty() ? "unknown" : models.values().iterator().next();
        double msPerTick = 1000.0 / clockTicks();
        for (String line : stat) {
            if (!line.startsWith("cpu") || line.length() < 4 || !Character.isDigit(line.charAt(3))) continue;
            String[] f = line.trim().split("\\s+");
            int n = Integer.parseInt(f[0].substring(3));
            long user = Long.parseLong(f[1]);
            long nice = Long.parseLong(f[2]);
            long sys = Long.parseLong(f[3]);
            long idle = Long.parseLong(f[4]);
            long irq = f.length > 6 ? Long.parseLong(f[6]) : 0;
            out.add(models.getOrDefault(n, defaultModel));
            out.add((double) cpuSpeed(n));
            out.add(user * msPerTick);
            out.add(nice * msPerTick);
            out.add(sys * msPerTick);
            out.add(idle * msPerTick);
            out.add(irq * msPerTick);
        }
        return out.toArray();
    }

    private static Map<Integer, String> cpuModels() {
        Map<Integer, String> models = new HashMap<>();
        try {
            int current = -1;
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                int colon = line.indexOf(':');
                if (colon < 0) continue;
                String key = line.substring(0, colon).trim();
                String value = line.substring(colon + 1).trim();
                if (key.equals("processor")) {
                    try {
                        current = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        current = -1;
                    }
                } else if (current >= 0 && (key.equals("model name") || key.equals("cpu model")
                        || (key.equals("Processor") && !models.containsKey(current)))) {
                    models.put(current, value);
                }
            }
        } catch (IOException e) {
            // no cpuinfo: "unknown"
        }
        return models;
    }

    private static long cpuSpeed(int n) {
        String s = readTrimmed("/sys/devices/system/cpu/cpu" + n + "/cpufreq/scaling_cur_freq", null);
        if (s == null) return 0;
        try {
            return Long.parseLong(s) / 1000;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** USER_HZ; 100 on every Linux ABI jnode runs on. */
    private static long clockTicks() {
        return 100;
    }

    // ---- network interfaces ----

    /**
     * Seven strings per address: interface name, address, netmask, family ('IPv4'/'IPv6'), mac,
     * internal ('1'/'0'), scope id ('' for IPv4). Ordered as getifaddrs(3) lists them: every IPv4
     * address by interface index, then every IPv6 address; only interfaces that are up and running.
     */
    @HostAccess.Export
    public Object getInterfaceAddresses(Value ctx) {
        List<NetworkInterface> ifaces;
        try {
            var e = NetworkInterface.getNetworkInterfaces();
            ifaces = e == null ? List.of() : Collections.list(e);
        } catch (SocketException e) {
            return fail(ctx, 5, "EIO", "i/o error", "uv_interface_addresses");
        }
        ifaces = new ArrayList<>(ifaces);
        ifaces.removeIf(i -> i.isVirtual() || !isUp(i));
        ifaces.sort(Comparator.comparingInt(NetworkInterface::getIndex));
        Map<String, Integer> v6Scope = inet6Scopes();
        List<String> v4 = new ArrayList<>();
        List<String> v6 = new ArrayList<>();
        for (NetworkInterface ni : ifaces) {
            String mac = formatMac(ni);
            boolean internal = isLoopback(ni);
            List<InterfaceAddress> addrs = new ArrayList<>(ni.getInterfaceAddresses());
            // IPv6: global before link-local, as the kernel lists an interface's addresses.
            List<InterfaceAddress> six = new ArrayList<>();
            for (InterfaceAddress ia : addrs) {
                InetAddress a = ia.getAddress();
                if (a instanceof Inet4Address) {
                    add(v4, ni.getName(), formatV4(a.getAddress()),
                            formatV4(prefixMask(ia.getNetworkPrefixLength(), 4)), "IPv4", mac, internal, "");
                } else if (a instanceof Inet6Address) {
                    six.add(ia);
                }
            }
            six.sort(Comparator.comparingInt(ia -> v6Scope.getOrDefault(hex(ia.getAddress().getAddress()), 0)));
            for (InterfaceAddress ia : six) {
                Inet6Address a = (Inet6Address) ia.getAddress();
                add(v6, ni.getName(), formatV6(a.getAddress()),
                        formatV6(prefixMask(ia.getNetworkPrefixLength(), 16)), "IPv6", mac, internal,
                        String.valueOf(a.isLinkLocalAddress() ? a.getScopeId() : 0));
            }
        }
        v4.addAll(v6);
        return v4.toArray(new String[0]);
    }

    private static void add(List<String> out, String name, String addr, String mask, String family,
                            String mac, boolean internal, String scope) {
        out.add(name);
        out.add(addr);
        out.add(mask);
        out.add(family);
        out.add(mac);
        out.add(internal ? "1" : "0");
        out.add(scope);
    }

    private static boolean isUp(NetworkInterface ni) {
        try {
            return ni.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    private static boolean isLoopback(NetworkInterface ni) {
        try {
            return ni.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    private static String formatMac(NetworkInterface ni) {
        byte[] hw;
        try {
            hw = ni.getHardwareAddress();
        } catch (SocketException e) {
            hw = null;
        }
        byte[] six = new byte[6];
        if (hw != null) System.arraycopy(hw, 0, six, 0, Math.min(6, hw.length));
        StringBuilder sb = new StringBuilder(17);
        for (int i = 0; i < 6; i++) {
            if (i > 0) sb.append(':');
            sb.append(Character.forDigit((six[i] >> 4) & 0xf, 16)).append(Character.forDigit(six[i] & 0xf, 16));
        }
        return sb.toString();
    }

    /** Address (hex, as /proc/net/if_inet6 writes it) -> the kernel's scope value for it. */
    private static Map<String, Integer> inet6Scopes() {
        Map<String, Integer> m = new HashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/net/if_inet6"))) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 4) m.put(f[0], Integer.parseInt(f[3], 16));
            }
        } catch (IOException | RuntimeException e) {
            // leave unsorted
        }
        return m;
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        for (byte x : b) sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        return sb.toString();
    }

    private static byte[] prefixMask(int prefix, int bytes) {
        byte[] m = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            int bits = Math.max(0, Math.min(8, prefix - i * 8));
            m[i] = (byte) (bits == 0 ? 0 : (0xff << (8 - bits)) & 0xff);
        }
        return m;
    }

    private static String formatV4(byte[] b) {
        return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }

    /** inet_ntop for IPv6: the longest run (>= 2) of zero groups becomes '::'. */
    static String formatV6(byte[] b) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = ((b[i * 2] & 0xff) << 8) | (b[i * 2 + 1] & 0xff);
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) bestStart = -1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append(i == 0 ? "::" : ":");
                i += bestLen - 1;
                continue;
            }
            // IPv4-compatible and IPv4-mapped addresses end in dotted form.
            if (i == 6 && bestStart == 0 && (bestLen == 6 || (bestLen == 5 && g[5] == 0xffff))) {
                sb.append(b[12] & 0xff).append('.').append(b[13] & 0xff).append('.')
                        .append(b[14] & 0xff).append('.').append(b[15] & 0xff);
                break;
            }
            sb.append(Integer.toHexString(g[i]));
            if (i < 7) sb.append(':');
        }
        return sb.toString();
    }

    // ---- users ----

    /** The passwd entry's home directory for the effective uid (HOME is read by JS). */
    @HostAccess.Export
    public String getHomeDirectory(Value ctx) {
        String[] pw = passwd(effectiveUid(), ctx, "uv_os_homedir");
        return pw == null ? null : pw[5];
    }

    /**
     * [uid, gid, username, homedir, shell] for the effective uid, from /etc/passwd. Strings are
     * the file's bytes as Latin-1 code units so JS can re-encode them exactly.
     */
    @HostAccess.Export
    public String[] getUserInfo(Value ctx) {
        String[] pw = passwd(effectiveUid(), ctx, "uv_os_get_passwd");
        if (pw == null) return null;
        return new String[] {pw[2], pw[3], pw[0], pw[5], pw[6]};
    }

    private static long effectiveUid() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) return Long.parseLong(line.substring(4).trim().split("\\s+")[1]);
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return -1;
    }

    private String[] passwd(long uid, Value ctx, String syscall) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of("/etc/passwd"));
            for (String line : new String(bytes, StandardCharsets.ISO_8859_1).split("\n")) {
                String[] f = line.split(":", -1);
                if (f.length < 7) continue;
                try {
                    if (Long.parseLong(f[2]) == uid) return f;
                } catch (NumberFormatException e) {
                    // malformed line
                }
            }
        } catch (IOException e) {
            // no passwd file: ENOENT below
        }
        fail(ctx, ENOENT, "ENOENT", "no such file or directory", syscall);
        return null;
    }

    // ---- priority ----

    /** The nice value of {@code pid} (0 = this process), from /proc/<pid>/stat. */
    @HostAccess.Export
    public Object getPriority(int pid, Value ctx) {
        long target = pid == 0 ? ProcessHandle.current().pid() : pid;
        if (target < 0) return fail(ctx, ESRCH, "ESRCH", "no such process", "uv_os_getpriority");
        String stat;
        try {
            stat = Files.readString(Path.of("/proc/" + target + "/stat"));
        } catch (NoSuchFileException e) {
            return fail(ctx, ESRCH, "ESRCH", "no such process", "uv_os_getpriority");
        } catch (IOException e) {
            return fail(ctx, 5, "EIO", "i/o error", "uv_os_getpriority");
        }
        String[] f = stat.substring(stat.lastIndexOf(')') + 1).trim().split("\\s+");
        return Integer.parseInt(f[16]);
    }

    /**
     * Sets the nice value of {@code pid} (0 = this process) with setpriority(2), called through the
     * JDK's foreign-function API. Returns 0, or null after filling {@code ctx}; returns -1 when
     * this JVM offers no foreign-function API (JS then throws ERR_NOT_IMPLEMENTED).
     */
    @HostAccess.Export
    public Object setPriority(int pid, int priority, Value ctx) {
        NativeIntCall call = priorityCall();
        if (call == null) return -1;
        long target = pid == 0 ? ProcessHandle.current().pid() : pid;
        int errno;
        try {
            errno = call.call(0 /* PRIO_PROCESS */, (int) target, priority) == 0 ? 0 : call.errno();
        } catch (Throwable t) {
            return -1;
        }
        if (errno == 0) return 0;
        String[] e = switch (errno) {
            case 1 -> new String[] {"EPERM", "operation not permitted"};
            case 3 -> new String[] {"ESRCH", "no such process"};
            case 13 -> new String[] {"EACCES", "permission denied"};
            case 22 -> new String[] {"EINVAL", "invalid argument"};
            default -> new String[] {"UNKNOWN", "unknown error"};
        };
        return fail(ctx, errno, e[0], e[1], "uv_os_setpriority");
    }

    private NativeIntCall priorityCall() {
        if (!priorityCallTried) {
            priorityCallTried = true;
            priorityCall = NativeIntCall.lookup("setpriority", 3);
        }
        return priorityCall;
    }

    // ---- helpers ----

    private static String readTrimmed(String file, String dflt) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
        } catch (IOException | RuntimeException e) {
            return dflt;
        }
    }

    /** Fills ctx as Node's os binding does for a failed libuv call; returns null. */
    private static String fail(Value ctx, int errno, String code, String message, String syscall) {
        if (ctx != null) {
            ctx.putMember("errno", -errno);
            ctx.putMember("code", code);
            ctx.putMember("message", message);
            ctx.putMember("syscall", syscall);
        }
        return null;
    }
}
