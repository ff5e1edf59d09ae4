package dev.jnode.binding.net;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.ServerChannel;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;

/**
 * A listening socket (TCP or Unix domain). Accepted connections are registered on the same loop
 * and handed to JS as {@link SocketHandle}s through {@code onconnection(status, handle)}.
 */
public final class ServerHandle {
    private final TcpWrapBinding b;
    private final boolean pipe;
    private ServerChannel ch;
    private boolean v6;
    private Value onconnection;
    private boolean refed = true;
    private boolean counted;
    private boolean closed;

    ServerHandle(TcpWrapBinding b, boolean pipe) {
        this.b = b;
        this.pipe = pipe;
    }

    private void updateRef() {
        boolean want = refed && !closed && ch != null;
        if (want != counted) {
            counted = want;
            if (want) b.loop.refHandle();
            else b.loop.unrefHandle();
        }
    }

    private final class Acceptor extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            Channel child = (Channel) msg;
            if (closed || onconnection == null) {
                child.close();
                return;
            }
            b.deliver(() -> {
                if (closed) {
                    child.close();
                    return;
                }
                SocketHandle h = new SocketHandle(b, pipe, child, v6);
                b.runtime.makeCallback(onconnection, 0, h);
            });
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            int errno = NetErrno.of(cause);
            b.deliver(() -> {
                if (!closed && onconnection != null) b.runtime.makeCallback(onconnection, errno, null);
            });
        }
    }

    /** Binds and listens on an IP literal (or "::"/"0.0.0.0"). Returns 0 or a negative errno. */
    @HostAccess.Export
    public int listen(String host, int port, int backlog, Value onconnection) {
        if (closed || ch != null) return NetErrno.EINVAL;
        InetAddress a;
        try {
            a = InetAddress.getByName(host);
        } catch (java.io.IOException e) {
            return NetErrno.EINVAL;
        }
        v6 = a instanceof Inet6Address;
        ListeningChannel c = new ListeningChannel();
        c.config().setBacklog(backlog > 0 ? backlog : 511);
        c.config().setReuseAddress(true);
        return start(c, new InetSocketAddress(a, port), onconnection);
    }

    /** Binds and listens on a Unix-domain socket path. */
    @HostAccess.Export
    public int listenPath(String path, int backlog, Value onconnection) {
        if (closed || ch != null) return NetErrno.EINVAL;
        SocketAddress sa;
        try {
            sa = UnixDomainSocketAddress.of(path);
        } catch (RuntimeException e) {
            return NetErrno.EINVAL;
        }
        NioServerDomainSocketChannel c = new NioServerDomainSocketChannel();
        c.config().setOption(ChannelOption.SO_BACKLOG, backlog > 0 ? backlog : 511);
        return start(c, sa, onconnection);
    }

    private int start(ServerChannel c, SocketAddress sa, Value cb) {
        c.config().setAutoRead(true);
        c.pipeline().addLast(new Acceptor());
        b.enter();
        try {
            ChannelFuture reg = b.loop.register(c);
            if (reg.isDone() && !reg.isSuccess()) return NetErrno.of(reg.cause());
            ChannelFuture f = c.bind(sa);
            if (f.isDone() && !f.isSuccess()) {
                int errno = NetErrno.of(f.cause());
                c.close();
                return errno;
            }
        } finally {
            b.exit();
        }
        this.ch = c;
        this.onconnection = cb;
        b.opened(c);
        updateRef();
        return 0;
    }

    /** [address, family, port] or [path], or null when not listening. */
    @HostAccess.Export
    public Object[] getsockname() {
        if (ch == null || closed) return null;
        return Addresses.describe(ch.localAddress(), v6);
    }

    @HostAccess.Export
    public void close(Value cb) {
        if (closed) return;
        closed = true;
        updateRef();
        if (ch != null) {
            b.enter();
            try {
                if (ch instanceof ListeningChannel lc) lc.closeNow();
                else ch.close();
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
