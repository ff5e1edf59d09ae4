package dev.jnode.binding.messaging;

import dev.jnode.loop.EventLoop;
import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.util.ArrayDeque;

/**
 * One end of a message channel. A message posted on a port is queued on its peer; the peer
 * delivers its queue in the binding's delivery passes on the loop while it is started. Closing
 * either end closes both: each side first delivers what was already queued to it, then reports
 * 'close' in the loop's closing phase, as a closed libuv handle does.
 *
 * <p>Ports live on their runtime's loop thread. Payloads are the JS records that
 * {@code internal/structured_clone} produced, so they only make sense inside this runtime;
 * ports that cross runtimes (worker_threads) will carry a runtime-neutral form instead.
 */
public final class MessagePortHandle {
    /** A port delivers at least this many messages per pass (all of those queued when it began). */
    private static final int DELIVERY_BATCH = 1000;

    private final MessagingBinding binding;
    private final NodeRuntime runtime;
    private final EventLoop loop;
    private final long id;
    private final ArrayDeque<Object> queue = new ArrayDeque<>();
    private Value onMessage;
    private Value onClose;
    private MessagePortHandle peer;
    private boolean receiving;
    private boolean refed;
    private boolean closing;
    private boolean closed;
    private boolean deliveryScheduled;
    /** The port close() was called on holds the loop until its 'close', as uv_close does. */
    private boolean holdingLoop;

    MessagePortHandle(MessagingBinding binding, NodeRuntime runtime, long id, Value onMessage, Value onClose) {
        this.binding = binding;
        this.runtime = runtime;
        this.id = id;
        this.loop = runtime.loop();
        this.onMessage = onMessage;
        this.onClose = onClose;
    }

    long id() {
        return id;
    }

    static void entangle(MessagePortHandle a, MessagePortHandle b) {
        if (a == b || a.peer != null || b.peer != null || a.closing || b.closing) {
            throw new IllegalStateException("ports are already entangled or closed");
        }
        a.peer = b;
        b.peer = a;
    }

    /** Points delivery at a new JS port object (the port was transferred). */
    @HostAccess.Export
    public void rebind(Value onMessage, Value onClose) {
        stop();
        unref();
        this.onMessage = onMessage;
        this.onClose = onClose;
    }

    /** Whether {@code other} is this port's peer (the port a message posted here reaches). */
    @HostAccess.Export
    public boolean isPeerOf(MessagePortHandle other) {
        return peer != null && peer == other;
    }

    /** Queues {@code payload} on the peer; false when this port is closed or has no peer. */
    @HostAccess.Export
    public boolean postMessage(Object payload) {
        if (closing || peer == null) return false;
        peer.enqueue(payload);
        return true;
    }

    /** Queues {@code payload} on this port itself (BroadcastChannel delivers this way). */
    @HostAccess.Export
    public void enqueue(Object payload) {
        if (closed) return;
        queue.add(payload);
        scheduleDelivery();
    }

    /** The next queued message without the loop (receiveMessageOnPort), or null. */
    @HostAccess.Export
    public Object receiveOne() {
        return closed ? null : queue.poll();
    }

    @HostAccess.Export
    public void start() {
        receiving = true;
        scheduleDelivery();
    }

    @HostAccess.Export
    public void stop() {
        receiving = false;
    }

    @HostAccess.Export
    public void ref() {
        if (refed || closed) return;
        refed = true;
        loop.refHandle();
    }

    @HostAccess.Export
    public void unref() {
        if (!refed) return;
        refed = false;
        loop.unrefHandle();
    }

    @HostAccess.Export
    public boolean hasRef() {
        return refed;
    }

    @HostAccess.Export
    public boolean isClosed() {
        return closing || closed;
    }

    /** Closes this port and its peer; each reports 'close' after delivering what it holds. */
    @HostAccess.Export
    public void close() {
        if (closing || closed) return;
        MessagePortHandle p = peer;
        peer = null;
        holdingLoop = true;
        loop.refHandle();
        beginClose();
        if (p != null) {
            p.peer = null;
            p.beginClose();
        }
    }

    private void beginClose() {
        closing = true;
        scheduleDelivery();
    }

    private void scheduleDelivery() {
        if (deliveryScheduled || closed) return;
        if (!closing && (!receiving || queue.isEmpty())) return;
        deliveryScheduled = true;
        binding.markPending(this, false);
    }

    /**
     * Delivers this port's share of a pass: what was queued when it began, at least
     * DELIVERY_BATCH messages. True when it should be visited again in a later pass.
     */
    boolean deliver() {
        if (closed) {
            deliveryScheduled = false;
            return false;
        }
        int budget = Math.max(queue.size(), DELIVERY_BATCH);
        while (receiving && !closed && budget-- > 0) {
            Object message = queue.poll();
            if (message == null) break;
            runtime.makeCallback(onMessage, message);
        }
        if (closed) {
            deliveryScheduled = false;
            return false;
        }
        if (closing && (!receiving || queue.isEmpty())) {
            deliveryScheduled = false;
            closed = true;  // nothing more is delivered; 'close' comes in the closing phase
            loop.closeLater(this::finishClose);
            return false;
        }
        boolean more = receiving && !queue.isEmpty();
        deliveryScheduled = more;
        return more;
    }

    private void finishClose() {
        queue.clear();
        unref();
        if (holdingLoop) {
            holdingLoop = false;
            loop.unrefHandle();
        }
        runtime.makeCallback(onClose);
    }
}
