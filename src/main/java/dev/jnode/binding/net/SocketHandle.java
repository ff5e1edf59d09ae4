package dev.jnode.binding.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.channel.socket.nio.NioChannelOption;
import io.netty.channel.socket.nio.NioDomainSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.Future;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;

/**
 * One stream socket (TCP or Unix domain) — libuv's uv_tcp_t / uv_pipe_t as node:net sees it.
 *
 * <p>Reading is Netty's autoRead: {@link #readStart()} turns it on, {@link #readStop()} off, so a
 * paused JS stream stops reading from the kernel and the peer feels the backpressure.
 *
 * <p>Liveness follows libuv: the handle keeps the loop alive while it is ref'd and reading;
 * connect, write and shutdown requests keep it alive until they complete, ref'd or not.
 *
 * <p>Result convention of the request methods: 0 = done synchronously, 1 = pending (the callback
 * will be called with a status), negative = failed synchronously with that errno.
 */
public final class SocketHandle {
    private final TcpWrapBinding b;
    private final boolean pipe;
    private final Channel ch;
    private boolean v6;

    private Value onread;
    private boolean reading;
    private boolean refed = true;
    private boolean counted;
    private boolean closed;
    private boolean eofSent;
    private boolean errored;
    private int pendingReqs;
    private ChannelFuture lastWrite;
    private java.util.function.Supplier<Future<?>> outputCloser;
    private boolean asyncWrites;

    /** A new unconnected socket. */
    SocketHandle(TcpWrapBinding b, boolean pipe) {
        this(b, pipe, pipe ? new NioDomainSocketChannel() : new NioSocketChannel(), false);
    }

    /** A socket around a channel (an accepted connection). */
    SocketHandle(TcpWrapBinding b, boolean pipe, Channel ch, boolean v6) {
        this.b = b;
        this.pipe = pipe;
        this.ch = ch;
        this.v6 = v6;
        ch.config().setAutoRead(false);
        ch.config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
        if (!pipe) ch.config().setOption(ChannelOption.TCP_NODELAY, false);
        ch.pipeline().addLast(new Inbound());
        b.enter();
        try {
            ChannelFuture reg = b.loop.register(ch);
            if (reg.isDone() && !reg.isSuccess()) throw new IllegalStateException("register failed", reg.cause());
        } finally {
            b.exit();
        }
        b.opened(ch);
    }

    // ---- for TLS (binding.tls), not for JS ----

    /** The Netty channel, for layers put into its pipeline (TLS). */
    public Channel channel() {
        return ch;
    }

    public TcpWrapBinding tcp() {
        return b;
    }

    /**
     * What must be sent before the FIN of a shutdown (TLS's close_notify): the FIN follows when
     * the returned future completes.
     */
    public void setOutputCloser(java.util.function.Supplier<Future<?>> closer) {
        this.outputCloser = closer;
    }

    /** Write callbacks always come later, never from within the write call (as TLS's in Node). */
    public void setAsyncWrites(boolean on) {
        this.asyncWrites = on;
    }

    // ---- liveness ----

    private void updateRef() {
        boolean want = refed && !closed && reading;
        if (want != counted) {
            counted = want;
            if (want) b.loop.refHandle();
            else b.loop.unrefHandle();
        }
    }

    private void reqStart() {
        pendingReqs++;
        b.loop.refHandle();
    }

    private void reqEnd() {
        pendingReqs--;
        b.loop.unrefHandle();
    }

    private int status(Future<?> f) {
        if (f.isSuccess()) return 0;
        if (closed && f.cause() instanceof ClosedChannelException) return NetErrno.ECANCELED;
        return NetErrno.of(f.cause());
    }

    // ---- incoming ----

    private final class Inbound extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            try {
                if (closed || errored || onread == null) return;
                if (buf.readableBytes() == 0) return;
                byte[] copy = null;
                if (!deliverNow()) {
                    copy = ByteBufUtil.getBytes(buf);
                    final byte[] c = copy;
                    b.loop.execute(() -> deliverBytes(c));
                    return;
                }
                deliverBuf(buf);
            } finally {
                buf.release();
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof ChannelInputShutdownEvent) b.deliver(SocketHandle.this::sendEof);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            int errno = NetErrno.of(cause);
            b.deliver(() -> {
                if (closed || errored || eofSent || onread == null) return;
                errored = true;
                stopReadingAfterEnd();
                b.runtime.makeCallback(onread, errno);
            });
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            // the peer went away without a FIN we saw (or we closed): report EOF if nothing was
            b.deliver(SocketHandle.this::sendEof);
        }
    }

    private boolean deliverNow() {
        return b.loop.inEventLoop() && !b.busy();
    }

    private void sendEof() {
        if (closed || errored || eofSent || onread == null) return;
        eofSent = true;
        stopReadingAfterEnd();
        b.runtime.makeCallback(onread, NetErrno.EOF);
    }

    /** libuv stops reading at EOF or a read error: the handle no longer keeps the loop alive. */
    private void stopReadingAfterEnd() {
        if (reading) {
            reading = false;
            ch.config().setAutoRead(false);
            updateRef();
        }
    }

    private void deliverBuf(ByteBuf buf) {
        ByteBuffer shared = b.readBuffer;
        int idx = buf.readerIndex();
        int left = buf.readableBytes();
        while (left > 0 && !closed && !errored) {
            int n = Math.min(left, shared.capacity());
            shared.clear().limit(n);
            buf.getBytes(idx, shared);
            b.runtime.makeCallback(onread, n);
            idx += n;
            left -= n;
        }
    }

    private void deliverBytes(byte[] bytes) {
        ByteBuffer shared = b.readBuffer;
        int off = 0;
        while (off < bytes.length && !closed && !errored) {
            int n = Math.min(bytes.length - off, shared.capacity());
            shared.clear();
            shared.put(bytes, off, n);
            b.runtime.makeCallback(onread, n);
            off += n;
        }
    }

    // ---- exported: setup ----

    /** onread(n): n > 0 bytes are in the binding's read buffer; n < 0 is an errno (EOF = -4095). */
    @HostAccess.Export
    public void setOnRead(Value fn) {
        this.onread = fn;
    }

    @HostAccess.Export
    public boolean isPipe() {
        return pipe;
    }

    /** Binds the local side before connect (localAddress/localPort options). Returns an errno. */
    @HostAccess.Export
    public int bind(String host, int port) {
        b.enter();
        try {
            InetAddress a = InetAddress.getByName(host);
            ChannelFuture f = ch.bind(new InetSocketAddress(a, port));
            if (f.isDone() && !f.isSuccess()) return NetErrno.of(f.cause());
            return 0;
        } catch (java.io.IOException e) {
            return NetErrno.of(e);
        } finally {
            b.exit();
        }
    }

    /** Connects to an IP literal; cb(status) later. Returns 1 (pending) or a negative errno. */
    @HostAccess.Export
    public int connect(String host, int port, Value cb) {
        InetAddress a;
        try {
            a = InetAddress.getByName(host); // an IP literal: no lookup
        } catch (java.io.IOException e) {
            return NetErrno.EINVAL;
        }
        v6 = a instanceof Inet6Address;
        return doConnect(new InetSocketAddress(a, port), cb);
    }

    /** Connects a Unix-domain socket to {@code path}; cb(status) later. */
    @HostAccess.Export
    public int connectPath(String path, Value cb) {
        SocketAddress sa;
        try {
            sa = UnixDomainSocketAddress.of(path);
        } catch (RuntimeException e) {
            return NetErrno.EINVAL;
        }
        return doConnect(sa, cb);
    }

    private int doConnect(SocketAddress sa, Value cb) {
        if (closed) return NetErrno.EBADF;
        reqStart();
        b.enter();
        try {
            ChannelFuture f = ch.connect(sa);
            // Reported after the rest of this poll's I/O events (posted, not run in place): when
            // a loopback peer's accept is ready in the same poll, the server sees 'connection'
            // before the client sees 'connect', as with libuv.
            f.addListener(x -> b.loop.execute(() -> {
                reqEnd();
                if (closed) return;
                b.runtime.makeCallback(cb, status(x));
            }));
        } finally {
            b.exit();
        }
        return 1;
    }

    // ---- exported: reading ----

    @HostAccess.Export
    public int readStart() {
        if (closed) return NetErrno.EBADF;
        if (!reading) {
            reading = true;
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
    public int readStop() {
        if (closed) return 0;
        if (reading) {
            reading = false;
            updateRef();
            ch.config().setAutoRead(false);
        }
        return 0;
    }

    @HostAccess.Export
    public boolean isReading() {
        return reading;
    }

    // ---- exported: writing ----

    /** Writes {@code length} bytes of the ArrayBuffer {@code ab} from {@code offset}. */
    @HostAccess.Export
    public int writeBuffer(Value ab, double offset, int length, Value cb) {
        if (closed) return NetErrno.EBADF;
        ByteBuf buf = ch.alloc().directBuffer(length);
        if (length > 0) {
            byte[] tmp = b.scratch(length);
            ab.readBuffer((long) offset, tmp, 0, length);
            buf.writeBytes(tmp, 0, length);
        }
        return submit(buf, cb);
    }

    /** Writes a string encoded as UTF-8 ({@code latin1}: one byte per char). */
    @HostAccess.Export
    public int writeString(String s, boolean latin1, Value cb) {
        if (closed) return NetErrno.EBADF;
        ByteBuf buf;
        if (latin1) {
            buf = ch.alloc().directBuffer(s.length());
            ByteBufUtil.writeAscii(buf, s);
        } else {
            buf = ch.alloc().directBuffer(ByteBufUtil.utf8MaxBytes(s));
            ByteBufUtil.writeUtf8(buf, s);
        }
        return submit(buf, cb);
    }

    /** Bytes accepted by writes but not yet handed to the kernel. */
    @HostAccess.Export
    public double writeQueueSize() {
        ChannelOutboundBuffer ob = ch.unsafe().outboundBuffer();
        return ob == null ? 0 : ob.totalPendingWriteBytes();
    }

    private int submit(ByteBuf buf, Value cb) {
        if (!ch.isActive()) {
            buf.release();
            return NetErrno.EBADF;
        }
        if (((DuplexChannel) ch).isOutputShutdown()) {
            buf.release();
            return NetErrno.EPIPE;
        }
        ChannelFuture f;
        b.enter();
        try {
            f = ch.writeAndFlush(buf);
        } finally {
            b.exit();
        }
        lastWrite = f;
        if (f.isDone() && !asyncWrites) return f.isSuccess() ? 0 : status(f);
        reqStart();
        b.enter(); // a write already done is reported later, not from within this call
        try {
            f.addListener(x -> b.deliver(() -> {
                reqEnd();
                if (cb != null && cb.canExecute()) b.runtime.makeCallback(cb, status(x));
            }));
        } finally {
            b.exit();
        }
        return 1;
    }

    /** Half-closes (FIN) once queued writes are out; cb(status) later. */
    @HostAccess.Export
    public int shutdown(Value cb) {
        if (closed) return NetErrno.EBADF;
        reqStart();
        Runnable fin = () -> {
            b.enter();
            try {
                ChannelFuture f = ((DuplexChannel) ch).shutdownOutput();
                f.addListener(x -> b.deliver(() -> {
                    reqEnd();
                    if (cb != null && cb.canExecute()) b.runtime.makeCallback(cb, x.isSuccess() || closed ? 0 : status(x));
                }));
            } finally {
                b.exit();
            }
        };
        Runnable doIt = outputCloser == null ? fin : () -> {
            b.enter();
            try {
                Future<?> sent = outputCloser.get();
                if (sent == null || sent.isDone()) fin.run();
                else sent.addListener(x -> fin.run());
            } finally {
                b.exit();
            }
        };
        ChannelFuture w = lastWrite;
        if (w != null && !w.isDone()) w.addListener(x -> doIt.run());
        else doIt.run();
        return 1;
    }

    // ---- exported: closing and options ----

    /** Closes the socket; cb() runs in the loop's closing phase. */
    @HostAccess.Export
    public void close(Value cb) {
        if (closed) return;
        closed = true;
        reading = false;
        updateRef();
        b.enter();
        try {
            ch.close();
        } finally {
            b.exit();
        }
        b.closed(ch);
        b.loop.closeLater(() -> {
            if (cb != null && cb.canExecute()) b.runtime.makeCallback(cb);
        });
    }

    /** SO_LINGER 0: the next close sends RST (socket.resetAndDestroy()). */
    @HostAccess.Export
    public void setLingerZero() {
        if (pipe || closed) return;
        ch.config().setOption(ChannelOption.SO_LINGER, 0);
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

    @HostAccess.Export
    public int setNoDelay(boolean on) {
        if (pipe || closed) return 0;
        try {
            ch.config().setOption(ChannelOption.TCP_NODELAY, on);
            return 0;
        } catch (RuntimeException e) {
            return NetErrno.of(e);
        }
    }

    @HostAccess.Export
    public int setKeepAlive(boolean on, int delaySeconds) {
        if (pipe || closed) return 0;
        try {
            ch.config().setOption(ChannelOption.SO_KEEPALIVE, on);
            if (on && delaySeconds > 0) {
                ch.config().setOption(NioChannelOption.of(jdk.net.ExtendedSocketOptions.TCP_KEEPIDLE), delaySeconds);
            }
            return 0;
        } catch (RuntimeException e) {
            return NetErrno.of(e);
        }
    }

    /** IP_TOS (IPv4) / traffic class (IPv6): 0 or an errno. */
    @HostAccess.Export
    public int setTypeOfService(int tos) {
        if (pipe || closed) return 0;
        try {
            ch.config().setOption(ChannelOption.IP_TOS, tos);
            return 0;
        } catch (RuntimeException e) {
            return NetErrno.of(e);
        }
    }

    /** The socket's IP_TOS, or a negative errno. */
    @HostAccess.Export
    public int getTypeOfService() {
        if (pipe || closed) return NetErrno.EBADF;
        try {
            Integer tos = ch.config().getOption(ChannelOption.IP_TOS);
            return tos == null ? 0 : tos;
        } catch (RuntimeException e) {
            return NetErrno.of(e);
        }
    }

    /** [address, family, port] (TCP) or [path] (pipe) of the local side, or null. */
    @HostAccess.Export
    public Object[] getsockname() {
        if (closed) return null;
        return Addresses.describe(ch.localAddress(), v6);
    }

    @HostAccess.Export
    public Object[] getpeername() {
        if (closed) return null;
        return Addresses.describe(ch.remoteAddress(), v6);
    }

    @HostAccess.Export
    public boolean isClosed() {
        return closed;
    }
}
