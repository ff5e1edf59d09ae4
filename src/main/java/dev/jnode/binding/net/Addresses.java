package dev.jnode.binding.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;

/** Socket addresses in the text form Node prints: dotted quads and RFC 5952 IPv6. */
final class Addresses {
    private Addresses() {
    }

    /** [address, family, port] for an IP socket, [path] for a Unix socket, null when unknown. */
    static Object[] describe(SocketAddress sa, boolean v6Socket) {
        if (sa instanceof InetSocketAddress isa) {
            InetAddress a = isa.getAddress();
            if (a == null) return null;
            if (a instanceof Inet4Address && v6Socket) {
                // The JDK folds IPv4-mapped IPv6 addresses into Inet4Address; a dual-stack socket
                // reports them in their IPv6 form, as the kernel (and Node) does.
                return new Object[] {"::ffff:" + a.getHostAddress(), "IPv6", isa.getPort()};
            }
            return new Object[] {format(a), a instanceof Inet6Address ? "IPv6" : "IPv4", isa.getPort()};
        }
        if (sa instanceof UnixDomainSocketAddress u) {
            return new Object[] {u.getPath().toString()};
        }
        return null;
    }

    static String format(InetAddress a) {
        if (a instanceof Inet6Address v6) return formatV6(v6.getAddress(), v6.getScopeId(), v6);
        return a.getHostAddress();
    }

    /** RFC 5952: lower-case hex, the longest run (>= 2) of zero groups as "::". */
    static String formatV6(byte[] b, int scope, Inet6Address orig) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        // IPv4-mapped (::ffff:a.b.c.d) keeps the dotted tail, as inet_ntop prints it
        boolean mapped = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff;
        if (mapped) {
            return "::ffff:" + (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
        }
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
                bestLen = j - i;
                bestStart = i;
            }
            i = j;
        }
        if (bestLen < 2) bestStart = -1;
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(g[i]));
        }
        if (scope != 0 && orig != null) {
            sb.append('%');
            String name = orig.getScopedInterface() != null ? orig.getScopedInterface().getName() : interfaceName(scope);
            sb.append(name != null ? name : Integer.toString(scope));
        }
        return sb.toString();
    }

    /** The name of the interface with index {@code index} (as if_indextoname), or null. */
    private static String interfaceName(int index) {
        try {
            java.net.NetworkInterface ni = java.net.NetworkInterface.getByIndex(index);
            return ni == null ? null : ni.getName();
        } catch (java.net.SocketException e) {
            return null;
        }
    }
}
