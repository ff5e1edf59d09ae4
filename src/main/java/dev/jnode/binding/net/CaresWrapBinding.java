package dev.jnode.binding.net;

import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/**
 * internalBinding('cares_wrap'): the system resolver half of node:dns — getaddrinfo and
 * getnameinfo, run on the worker pool as libuv runs them on its thread pool. (The DNS protocol
 * half, resolve*, is JavaScript over udp_wrap: lib/internal/dns/channel.js.)
 *
 * <p>Name resolution uses the JDK's resolver ({@link InetAddress}), which reads /etc/hosts and
 * the system's DNS configuration as getaddrinfo does.
 */
public final class CaresWrapBinding {
    /** getaddrinfo hints, Linux values (as Node exposes them: dns.V4MAPPED, ALL, ADDRCONFIG). */
    static final int AI_V4MAPPED = 0x8;
    static final int AI_ALL = 0x10;
    static final int AI_ADDRCONFIG = 0x20;

    static final int ORDER_VERBATIM = 0;
    static final int ORDER_IPV4_FIRST = 1;
    static final int ORDER_IPV6_FIRST = 2;

    static final int EAI_AGAIN = -3001;
    static final int EAI_NONAME = -3008;

    private final NodeRuntime runtime;

    public CaresWrapBinding(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Resolves {@code host} on the worker pool and calls {@code cb(errno, list)} on the loop, where
     * list is "address/family" entries joined with commas.
     */
    @HostAccess.Export
    public void getaddrinfo(String host, int family, int hints, int order, Value cb) {
        runtime.platform().pool().submit(runtime.loop(), () -> {
            try {
                InetAddress[] all = InetAddress.getAllByName(host);
                int configured = (hints & AI_ADDRCONFIG) != 0 ? configuredFamilies() : 0b11;
                return select(all, family, hints, order, configured);
            } catch (UnknownHostException e) {
                String m = e.getMessage();
                return m != null && m.contains("Temporary failure") ? Integer.valueOf(EAI_AGAIN) : Integer.valueOf(EAI_NONAME);
            }
        }, (result, error) -> {
            if (error != null) runtime.makeCallback(cb, EAI_NONAME, null);
            else if (result instanceof Integer errno) runtime.makeCallback(cb, errno, null);
            else if (((String) result).isEmpty()) runtime.makeCallback(cb, EAI_NONAME, null);
            else runtime.makeCallback(cb, 0, result);
        });
    }

    /**
     * The addresses getaddrinfo would return, as "address/family,…": filtered by family and the
     * configured families ({@code configured}: bit 0 IPv4, bit 1 IPv6), IPv4 mapped into IPv6
     * for V4MAPPED, then ordered.
     */
    static String select(InetAddress[] all, int family, int hints, int order, int configured) {
        List<String[]> v4 = new ArrayList<>();
        List<String[]> out = new ArrayList<>();
        boolean anyV6 = false;
        for (InetAddress a : all) {
            boolean isV6 = a instanceof Inet6Address;
            if (isV6 && (configured & 2) == 0) continue;
            if (!isV6 && (configured & 1) == 0) continue;
            String[] e = {Addresses.format(a), isV6 ? "6" : "4"};
            if (!isV6) v4.add(e);
            if (isV6) anyV6 = true;
            if (family == 0 || (family == 4 && !isV6) || (family == 6 && isV6)) out.add(e);
        }
        if (family == 6 && (hints & AI_V4MAPPED) != 0 && (!anyV6 || (hints & AI_ALL) != 0)) {
            for (String[] e : v4) out.add(new String[] {"::ffff:" + e[0], "6"});
        }
        if (order == ORDER_IPV4_FIRST) out.sort((x, y) -> x[1].compareTo(y[1]));
        else if (order == ORDER_IPV6_FIRST) out.sort((x, y) -> y[1].compareTo(x[1]));
        StringBuilder sb = new StringBuilder();
        for (String[] e : out) {
            if (sb.length() > 0) sb.append(',');
            sb.append(e[0]).append('/').append(e[1]);
        }
        return sb.toString();
    }

    /** Which families have a non-loopback address configured (AI_ADDRCONFIG): bit 0 v4, bit 1 v6. */
    private static int configuredFamilies() {
        int mask = 0;
        try {
            Enumeration<NetworkInterface> e = NetworkInterface.getNetworkInterfaces();
            while (e != null && e.hasMoreElements()) {
                NetworkInterface ni = e.nextElement();
                for (Enumeration<InetAddress> as = ni.getInetAddresses(); as.hasMoreElements(); ) {
                    InetAddress a = as.nextElement();
                    if (a.isLoopbackAddress()) continue;
                    mask |= a instanceof Inet4Address ? 1 : 2;
                }
            }
        } catch (SocketException ignored) {
            // no interfaces known: nothing configured
        }
        return mask;
    }

    /**
     * Looks up the host name of an IP literal and the service name of a port on the worker pool
     * (getnameinfo with NI_NAMEREQD); {@code cb(errno, host, service)}.
     */
    @HostAccess.Export
    public void getnameinfo(String ip, int port, Value cb) {
        runtime.platform().pool().submit(runtime.loop(), () -> {
            InetAddress a;
            try {
                a = InetAddress.getByName(ip); // an IP literal: no lookup
            } catch (UnknownHostException e) {
                return null;
            }
            String host = a.getHostName();
            if (host == null || host.equals(a.getHostAddress()) || host.equals(ip)) return null;
            return new String[] {host, serviceName(port, "tcp")};
        }, (result, error) -> {
            if (error != null || result == null) runtime.makeCallback(cb, EAI_NONAME, null, null);
            else runtime.makeCallback(cb, 0, result[0], result[1]);
        });
    }

    /** The /etc/services name of {@code port}/{@code proto}, or the number when it has none. */
    static String serviceName(int port, String proto) {
        try {
            String name = serviceName(Files.readString(Path.of("/etc/services"), StandardCharsets.ISO_8859_1), port, proto);
            return name != null ? name : Integer.toString(port);
        } catch (IOException | RuntimeException e) {
            return Integer.toString(port);
        }
    }

    static String serviceName(String servicesFile, int port, String proto) {
        String want = port + "/" + proto;
        for (String line : servicesFile.split("\n")) {
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            String[] f = line.trim().split("\\s+");
            if (f.length >= 2 && f[1].equals(want)) return f[0];
        }
        return null;
    }
}
