package dev.jnode.binding.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.util.concurrent.Future;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.MembershipKey;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One UDP socket — libuv's uv_udp_t as node:dgram sees it.
 *
 * <p>The JDK {@link DatagramChannel} is opened and bound here, synchronously (so bind errors are
 * immediate, as libuv's), then wrapped in a Netty {@link NioDatagramChannel} and registered on
 * the runtime's loop for reading and writing. Socket options and multicast membership go straight
 * to the JDK channel: they are synchronous system calls in libuv too.
 *
 * <p>Like libuv, the socket does not exist before bind: every option call on an unbound handle
 * fails with EBADF. The handle keeps the loop alive while it is ref'd and receiving, or has sends
 * in flight.
 */
public final class UdpHandle {
    /** bind flags, as JS passes them. */
    static final int FLAG_REUSEADDR = 1;
    static final int FLAG_IPV6ONLY = 2;
    static final int FLAG_REUSEPORT = 4;

    private final UdpWrapBinding b;
    private final boolean v6;
    private DatagramChannel jch;
    private NioDatagramChannel ch;
    private Value onmessage;
    private boolean receiving;
    private boolean refed = true;
    private boolean counted;
    private boolean closed;
    private int pendingSends;
    private long pendingBytes;
    private final Map<String, MembershipKey> memberships = new HashMap<>();

    UdpHandle(UdpWrapBinding b, boolean v6) {
        this.b = b;
        this.v6 = v6;
    }

    // ---- liveness ----

    private void updateRef() {
        boolean want = refed && !closed && receiving;
        if (want != counted) {
            counted = want;
            if (want) b.loop.refHandle();
            else b.loop.unrefHandle();
        }
    }

    // ---- incoming ----

    private final class Inbound extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            DatagramPacket p = (DatagramPacket) msg;
            try {
                if (closed || onmessage == null) return;
                ByteBuf buf = p.content();
                InetSocketAddress from = p.sender();
                if (b.canCallNow()) {
                    deliver(buf, from);
                } else {
                    byte[] copy = new byte[buf.readableBytes()];
                    buf.getBytes(buf.readerIndex(), copy);
                    b.loop.execute(() -> deliverBytes(copy, from));
                }
            } finally {
                p.release();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            // A receive error (ECONNREFUSED after an ICMP port unreachable on a connected
            // socket, say): libuv reports it to the receive callback and keeps receiving.
            int errno = NetErrno.of(cause);
            b.deliver(() -> {
                if (!closed && receiving && onmessage != null) b.runtime.makeCallback(onmessage, errno, null, 0);
            });
        }
    }

    private void deliver(ByteBuf buf, InetSocketAddress from) {
        ByteBuffer shared = b.readBuffer;
        int n = Math.min(buf.readableBytes(), shared.capacity());
        shared.clear().limit(n);
        buf.getBytes(buf.readerIndex(), shared);
        callOnMessage(n, from);
    }

    private void deliverBytes(byte[] bytes, InetSocketAddress from) {
        if (closed || !receiving || onmessage == null) return;
        ByteBuffer shared = b.readBuffer;
        int n = Math.min(bytes.length, shared.capacity());
        shared.clear();
        shared.put(bytes, 0, n);
        callOnMessage(n, from);
    }

    private void callOnMessage(int n, InetSocketAddress from) {
        Object[] d = Addresses.describe(from, v6);
        if (d == null) b.runtime.makeCallback(onmessage, n, null, 0);
        else b.runtime.makeCallback(onmessage, n, d[0], d[2]);
    }

    // ---- exported: setup ----

    /** onmessage(n, address, port): n >= 0 bytes are in the read buffer; n < 0 is an errno. */
    @HostAccess.Export
    public void setOnMessage(Value fn) {
        this.onmessage = fn;
    }

    @HostAccess.Export
    public boolean isBound() {
        return ch != null && !closed;
    }

    /** Opens the socket and binds it to an IP literal. Returns 0 or a negative errno. */
    @HostAccess.Export
    public int bind(String ip, int port, int flags) {
        if (closed) return NetErrno.EBADF;
        if (ch != null) return NetErrno.EINVAL;
        InetAddress a;
        try {
            a = InetAddress.getByName(ip);
        } catch (IOException e) {
            return NetErrno.EINVAL;
        }
        if (!v6 && a instanceof Inet6Address) return NetErrno.EAFNOSUPPORT;
        if (v6 && a instanceof Inet4Address && !ip.contains(":")) return NetErrno.EINVAL;
        if ((flags & FLAG_IPV6ONLY) != 0) return NetErrno.ENOTSUP;
        DatagramChannel j = null;
        try {
            j = DatagramChannel.open(v6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
            if ((flags & FLAG_REUSEADDR) != 0) j.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            if ((flags & FLAG_REUSEPORT) != 0) j.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            j.bind(new InetSocketAddress(a, port));
        } catch (IOException | RuntimeException e) {
            int errno = NetErrno.of(e);
            if (j != null) {
                try {
                    j.close();
                } catch (IOException ignored) {
                    // already failing
                }
            }
            return errno;
        }
        jch = j;
        NioDatagramChannel c = new NioDatagramChannel(j);
        c.config().setAutoRead(false);
        c.config().setOption(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(UdpWrapBinding.READ_BUFFER_SIZE));
        c.pipeline().addLast(new Inbound());
        b.enter();
        try {
            ChannelFuture reg = b.loop.register(c);
            if (reg.isDone() && !reg.isSuccess()) {
                c.close();
                jch = null;
                return NetErrno.of(reg.cause());
            }
        } finally {
            b.exit();
        }
        ch = c;
        b.opened(c);
        return 0;
    }

    /** Connects (associates) the socket with a peer. Returns 0 or a negative errno. */
    @HostAccess.Export
    public int connect(String ip, int port) {
        if (!isBound()) return NetErrno.EBADF;
        try {
            InetAddress a = InetAddress.getByName(ip);
            if (!v6 && a instanceof Inet6Address) return NetErrno.EAFNOSUPPORT;
            jch.connect(new InetSocketAddress(a, port));
            return 0;
        } catch (IOException | RuntimeException e) {
            return NetErrno.of(e);
        }
    }

    @HostAccess.Export
    public int disconnect() {
        if (!isBound()) return NetErrno.EBADF;
        try {
            jch.disconnect();
            return 0;
        } catch (IOException | RuntimeException e) {
            return NetErrno.of(e);
        }
    }

    // ---- exported: data ----

    @HostAccess.Export
    public int recvStart() {
        if (!isBound()) return NetErrno.EBADF;
        if (!receiving) {
            receiving = true;
            updateRef();
            b.enter();
            try {
                ch.config().setAutoRead(true);
            } finally {
                b.exit();
            }
        }
        return 0;
    }

    @HostAccess.Export
    public int recvStop() {
        if (receiving) {
            receiving = false;
            updateRef();
            if (ch != null && !closed) ch.config().setAutoRead(false);
        }
        return 0;
    }

    /**
     * Sends {@code length} bytes of the ArrayBuffer {@code ab} from {@code offset} to
     * {@code ip:port}, or to the connected peer when {@code ip} is null. {@code cb(status)} is
     * called later (never in place) when given. Returns 0, or a negative errno when the send
     * could not even start.
     */
    @HostAccess.Export
    public int send(Value ab, double offset, int length, String ip, int port, Value cb) {
        if (!isBound()) return NetErrno.EBADF;
        InetSocketAddress to = null;
        if (ip != null) {
            try {
                InetAddress a = InetAddress.getByName(ip);
                if (!v6 && a instanceof Inet6Address) return NetErrno.EAFNOSUPPORT;
                to = new InetSocketAddress(a, port);
            } catch (IOException e) {
                return NetErrno.EINVAL;
            }
            if (jch.isConnected()) return NetErrno.EISCONN;
        } else if (!jch.isConnected()) {
            return NetErrno.EDESTADDRREQ;
        }
        if (length == 0) return sendEmpty(to, cb);
        ByteBuf buf = ch.alloc().directBuffer(length);
        if (length > 0) {
            byte[] tmp = new byte[length];
            ab.readBuffer((long) offset, tmp, 0, length);
            buf.writeBytes(tmp);
        }
        Object msg = to == null ? buf : new DatagramPacket(buf, to);
        pendingSends++;
        pendingBytes += length;
        b.loop.refHandle(); // a send request keeps the loop alive, ref'd handle or not

        ChannelFuture f;
        b.enter();
        try {
            f = ch.writeAndFlush(msg);
        } finally {
            b.exit();
        }
        f.addListener(x -> b.loop.execute(() -> {
            pendingSends--;
            pendingBytes -= length;
            b.loop.unrefHandle();
            if (cb != null && cb.canExecute()) b.runtime.makeCallback(cb, status(x));
        }));
        return 0;
    }

    /** Netty drops empty datagrams on write, so an empty one goes to the JDK channel directly. */
    private int sendEmpty(InetSocketAddress to, Value cb) {
        int status;
        try {
            if (to == null) {
                // The JDK never sends an empty datagram on a connected channel (its write skips an
                // empty buffer): disconnect, send it addressed, connect again. The local address
                // stays bound meanwhile.
                java.net.SocketAddress peer = jch.getRemoteAddress();
                jch.disconnect();
                List<Object[]> queued = new ArrayList<>();
                try {
                    jch.send(ByteBuffer.allocate(0), peer);
                } finally {
                    // connect() discards what is already queued: take it first (from the peer only,
                    // as the connected socket would have), and hand it on afterwards.
                    ByteBuffer rb = ByteBuffer.allocate(UdpWrapBinding.READ_BUFFER_SIZE);
                    java.net.SocketAddress from;
                    while ((from = jch.receive(rb)) != null) {
                        rb.flip();
                        byte[] d = new byte[rb.remaining()];
                        rb.get(d);
                        rb.clear();
                        if (from.equals(peer)) queued.add(new Object[] {d, from});
                    }
                    jch.connect(peer);
                }
                for (Object[] q : queued) {
                    b.loop.execute(() -> deliverBytes((byte[]) q[0], (InetSocketAddress) q[1]));
                }
            } else {
                jch.send(ByteBuffer.allocate(0), to);
            }
            status = 0;
        } catch (IOException | RuntimeException e) {
            status = NetErrno.of(e);
        }
        final int st = status;
        pendingSends++;
        b.loop.refHandle();
        b.loop.execute(() -> {
            pendingSends--;
            b.loop.unrefHandle();
            if (cb != null && cb.canExecute()) b.runtime.makeCallback(cb, st);
        });
        return 0;
    }

    private int status(Future<?> f) {
        if (f.isSuccess()) return 0;
        return NetErrno.of(f.cause());
    }

    @HostAccess.Export
    public double getSendQueueSize() {
        if (ch == null) return 0;
        ChannelOutboundBuffer ob = ch.unsafe().outboundBuffer();
        return ob == null ? 0 : ob.totalPendingWriteBytes();
    }

    @HostAccess.Export
    public int getSendQueueCount() {
        if (ch == null) return 0;
        ChannelOutboundBuffer ob = ch.unsafe().outboundBuffer();
        return ob == null ? 0 : ob.size();
    }

    // ---- exported: addresses ----

    /** [address, family, port] of the local side, or null when not bound. */
    @HostAccess.Export
    public Object[] getsockname() {
        if (!isBound()) return null;
        try {
            return Addresses.describe(jch.getLocalAddress(), v6);
        } catch (IOException e) {
            return null;
        }
    }

    /** [address, family, port] of the connected peer, or null when not connected. */
    @HostAccess.Export
    public Object[] getpeername() {
        if (!isBound() || !jch.isConnected()) return null;
        try {
            return Addresses.describe(jch.getRemoteAddress(), v6);
        } catch (IOException e) {
            return null;
        }
    }

    // ---- exported: options ----

    private <T> int option(SocketOption<T> opt, T value) {
        if (!isBound()) return NetErrno.EBADF;
        try {
            jch.setOption(opt, value);
            return 0;
        } catch (IOException | RuntimeException e) {
            return NetErrno.of(e);
        }
    }

    @HostAccess.Export
    public int setBroadcast(boolean on) {
        return option(StandardSocketOptions.SO_BROADCAST, on);
    }

    @HostAccess.Export
    public int setMulticastTTL(int ttl) {
        if (!isBound()) return NetErrno.EBADF;
        if (ttl < 0 || ttl > 255) return NetErrno.EINVAL;
        return option(StandardSocketOptions.IP_MULTICAST_TTL, ttl);
    }

    @HostAccess.Export
    public int setMulticastLoopback(boolean on) {
        return option(StandardSocketOptions.IP_MULTICAST_LOOP, on);
    }

    /** SO_RCVBUF / SO_SNDBUF: sets when {@code size > 0}; returns the size now in force or an errno. */
    @HostAccess.Export
    public int bufferSize(int size, boolean recv) {
        if (!isBound()) return NetErrno.EBADF;
        SocketOption<Integer> opt = recv ? StandardSocketOptions.SO_RCVBUF : StandardSocketOptions.SO_SNDBUF;
        try {
            if (size > 0) jch.setOption(opt, size);
            return jch.getOption(opt);
        } catch (IOException | RuntimeException e) {
            return NetErrno.of(e);
        }
    }

    /** The outgoing multicast interface, named by one of its addresses ("::%eth0" for IPv6). */
    @HostAccess.Export
    public int setMulticastInterface(String iface) {
        if (!isBound()) return NetErrno.EBADF;
        try {
            InetAddress a;
            try {
                a = InetAddress.getByName(iface);
            } catch (java.net.UnknownHostException e) {
                // an unknown scope ("::%lo0" on Linux) is scope 0, the default interface, as in libuv
                int pct = iface.indexOf('%');
                if (pct < 0) return NetErrno.EINVAL;
                a = InetAddress.getByName(iface.substring(0, pct));
            }
            if (v6 != (a instanceof Inet6Address)) return NetErrno.EINVAL;
            NetworkInterface ni = interfaceFor(a);
            if (ni == null) {
                if (a.isAnyLocalAddress()) return 0; // the default: the kernel's choice stays
                return NetErrno.EADDRNOTAVAIL;
            }
            jch.setOption(StandardSocketOptions.IP_MULTICAST_IF, ni);
            return 0;
        } catch (IOException | RuntimeException e) {
            return NetErrno.of(e);
        }
    }

    private static NetworkInterface interfaceFor(InetAddress a) throws SocketException {
        if (a instanceof Inet6Address i6 && i6.getScopedInterface() != null) return i6.getScopedInterface();
        if (a instanceof Inet6Address i6 && i6.getScopeId() != 0) return NetworkInterface.getByIndex(i6.getScopeId());
        if (a.isAnyLocalAddress()) return null;
        return NetworkInterface.getByInetAddress(a);
    }

    /** The interface a membership without one uses: the first multicast-capable one up. */
    private NetworkInterface defaultInterface() throws IOException {
        NetworkInterface set = jch.getOption(StandardSocketOptions.IP_MULTICAST_IF);
        if (set != null) return set;
        NetworkInterface loopback = null;
        List<NetworkInterface> all = new ArrayList<>();
        Enumeration<NetworkInterface> e = NetworkInterface.getNetworkInterfaces();
        while (e != null && e.hasMoreElements()) all.add(e.nextElement());
        for (NetworkInterface ni : all) {
            if (!ni.isUp()) continue;
            boolean fits = false;
            for (Enumeration<InetAddress> as = ni.getInetAddresses(); as.hasMoreElements(); ) {
                InetAddress ia = as.nextElement();
                if (v6 ? ia instanceof Inet6Address : ia instanceof Inet4Address) fits = true;
            }
            if (!fits) continue;
            if (ni.isLoopback()) {
                if (loopback == null) loopback = ni;
                continue;
            }
            if (ni.supportsMulticast()) return ni;
        }
        return loopback;
    }

    /**
     * Joins ({@code join}) or leaves a multicast group, optionally for one source and on the
     * interface with address {@code iface}. Returns 0 or a negative errno.
     */
    @HostAccess.Export
    public int membership(String group, String source, String iface, boolean join) {
        if (!isBound()) return NetErrno.EBADF;
        try {
            InetAddress g = InetAddress.getByName(group);
            InetAddress s = source == null ? null : InetAddress.getByName(source);
            if (!g.isMulticastAddress()) return NetErrno.EINVAL;
            if (v6 != (g instanceof Inet6Address)) return NetErrno.EINVAL;
            NetworkInterface ni = null;
            if (iface != null) {
                InetAddress ia = InetAddress.getByName(iface);
                ni = interfaceFor(ia);
                if (ni == null && !ia.isAnyLocalAddress()) return NetErrno.EADDRNOTAVAIL;
            }
            if (ni == null) ni = defaultInterface();
            if (ni == null) return NetErrno.ENODEV;
            String key = group + "|" + source + "|" + ni.getName();
            if (join) {
                if (memberships.containsKey(key)) return NetErrno.EADDRINUSE;
                MembershipKey k = s == null ? jch.join(g, ni) : jch.join(g, ni, s);
                memberships.put(key, k);
            } else {
                MembershipKey k = memberships.remove(key);
                if (k == null) return NetErrno.EADDRNOTAVAIL;
                k.drop();
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            return NetErrno.of(e);
        }
    }

    // ---- exported: lifetime ----

    /** Closes the socket; cb() runs in the loop's closing phase. */
    @HostAccess.Export
    public void close(Value cb) {
        if (closed) return;
        closed = true;
        receiving = false;
        updateRef();
        if (ch != null) {
            b.enter();
            try {
                ch.close();
            } finally {
                b.exit();
            }
            b.closed(ch);
        }
        b.loop.closeLater(() -> {
            if (cb != null && cb.canExecute()) b.runtime.makeCallback(cb);
        });
    }

    @HostAccess.Export
    public void ref() {
        refed = true;
        updateRef();
    }

    @HostAccess.Export
    public void unref() {
        refed = false;
        updateRef();
    }

    @HostAccess.Export
    public boolean hasRef() {
        return refed;
    }
}
