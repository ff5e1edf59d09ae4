package dev.jnode.binding.net;

import dev.jnode.loop.EventLoop;
import dev.jnode.runtime.NodeRuntime;
import io.netty.channel.Channel;
import org.graalvm.polyglot.HostAccess;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * internalBinding('udp_wrap'): UDP sockets for node:dgram, on Netty NIO datagram channels
 * registered with the runtime's own event loop, so an incoming datagram reaches JS on the loop
 * thread with no hop.
 *
 * <p>A datagram is copied once out of Netty's buffer into {@link #readBuffer()}, a direct buffer
 * JS wraps once as an ArrayBuffer; {@code onmessage(n, address, port)} then tells JS how many bytes
 * of it are the datagram, and JS copies them into a Buffer of its own before returning.
 */
public final class UdpWrapBinding implements AutoCloseable {
    /** The largest UDP payload (IPv6 jumbograms aside) plus room: a datagram never spans reads. */
    static final int READ_BUFFER_SIZE = 64 * 1024;

    final NodeRuntime runtime;
    final EventLoop loop;
    final ByteBuffer readBuffer = ByteBuffer.allocateDirect(READ_BUFFER_SIZE);
    private final Set<Channel> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private int inCall;

    public UdpWrapBinding(NodeRuntime runtime) {
        this.runtime = runtime;
        this.loop = runtime.loop();
        runtime.onShutdown(this);
    }

    void enter() {
        inCall++;
    }

    void exit() {
        inCall--;
    }

    /** True when JS may be called in place: on the loop thread and not inside a binding call. */
    boolean canCallNow() {
        return inCall == 0 && loop.inEventLoop();
    }

    /** Runs {@code r} now when no JS call is on the stack, else posts it to the loop. */
    void deliver(Runnable r) {
        if (canCallNow()) r.run();
        else loop.execute(r);
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

    /** The direct buffer incoming datagrams are staged in (JS wraps it once). */
    @HostAccess.Export
    public ByteBuffer readBuffer() {
        return readBuffer;
    }

    /** A new UDP socket, not yet bound: IPv6 (dual-stack) when {@code v6}, else IPv4. */
    @HostAccess.Export
    public UdpHandle createHandle(boolean v6) {
        return new UdpHandle(this, v6);
    }
}
