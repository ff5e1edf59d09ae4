package dev.jnode.binding.net;

import dev.jnode.loop.EventLoop;
import dev.jnode.runtime.NodeRuntime;
import io.netty.channel.Channel;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * internalBinding('tcp_wrap'): TCP and Unix-domain stream sockets and servers for node:net, on
 * Netty channels registered with the runtime's own event loop (so socket events arrive on the JS
 * thread with no hop).
 *
 * <p>Incoming bytes are copied once out of Netty's buffer into {@link #readBuffer()}, a direct
 * buffer JS wraps once as an ArrayBuffer; {@code onread(n)} then tells JS how many bytes of it are
 * fresh, and JS copies them into a Buffer of its own before returning. Outgoing bytes are read in
 * bulk from the JS ArrayBuffer ({@link Value#readBuffer}).
 *
 * <p>Callbacks into JS never run inside a call from JS: when Netty completes something while a
 * binding method is running (a connect to loopback that succeeds at once, a write flushed
 * immediately), the callback is posted to the loop instead.
 */
public final class TcpWrapBinding implements AutoCloseable {
    static final int READ_BUFFER_SIZE = 64 * 1024;

    final NodeRuntime runtime;
    final EventLoop loop;
    final ByteBuffer readBuffer = ByteBuffer.allocateDirect(READ_BUFFER_SIZE);
    private byte[] scratch = new byte[16 * 1024];
    private final Set<Channel> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private int inCall;

    public TcpWrapBinding(NodeRuntime runtime) {
        this.runtime = runtime;
        this.loop = runtime.loop();
        runtime.onShutdown(this);
    }

    // ---- for the handles ----

    public void enter() {
        inCall++;
    }

    public void exit() {
        inCall--;
    }

    boolean busy() {
        return inCall > 0;
    }

    /** Runs {@code r} now when no JS call is on the stack, else posts it to the loop. */
    public void deliver(Runnable r) {
        if (inCall > 0 || !loop.inEventLoop()) loop.execute(r);
        else r.run();
    }

    byte[] scratch(int n) {
        if (n <= scratch.length) return scratch;
        if (n <= 1 << 20) {
            scratch = new byte[Integer.highestOneBit(n - 1) << 1];
            return scratch;
        }
        return new byte[n];
    }

    void opened(Channel ch) {
        open.add(ch);
    }

    void closed(Channel ch) {
        open.remove(ch);
    }

    @Override
    public void close() {
        for (Channel ch : open.toArray(new Channel[0])) {
            try {
                ch.close();
            } catch (RuntimeException ignored) {
                // the instance is ending
            }
        }
        open.clear();
    }

    // ---- exported ----

    /** The direct buffer incoming bytes are staged in (JS wraps it once with new ArrayBuffer). */
    @HostAccess.Export
    public ByteBuffer readBuffer() {
        return readBuffer;
    }

    /** A new, unconnected stream socket: TCP, or a Unix-domain socket when {@code pipe}. */
    @HostAccess.Export
    public SocketHandle createSocket(boolean pipe) {
        return new SocketHandle(this, pipe);
    }

    @HostAccess.Export
    public ServerHandle createServer(boolean pipe) {
        return new ServerHandle(this, pipe);
    }

    /**
     * Resolves {@code host} on the worker pool (as getaddrinfo does for dns.lookup) and calls
     * {@code cb(errno, list)} where list is "address/family" entries joined with commas.
     * {@code family} 4 or 6 filters; 0 takes all, in the resolver's order.
     */
    @HostAccess.Export
    public void lookup(String host, int family, Value cb) {
        runtime.platform().pool().submit(loop, () -> {
            try {
                InetAddress[] all = InetAddress.getAllByName(host);
                StringBuilder sb = new StringBuilder();
                for (InetAddress a : all) {
                    int f = a instanceof Inet6Address ? 6 : 4;
                    if (family != 0 && f != family) continue;
                    if (sb.length() > 0) sb.append(',');
                    sb.append(Addresses.format(a)).append('/').append(f);
                }
                return sb.toString();
            } catch (UnknownHostException e) {
                return null;
            }
        }, (result, error) -> {
            if (error != null || result == null || result.isEmpty()) {
                runtime.makeCallback(cb, NetErrno.EAI_NONAME, null);
            } else {
                runtime.makeCallback(cb, 0, result);
            }
        });
    }
}
