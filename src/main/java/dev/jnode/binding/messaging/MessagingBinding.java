package dev.jnode.binding.messaging;

import dev.jnode.loop.EventLoop;
import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * internalBinding('messaging'): the handles behind MessagePort, MessageChannel and
 * BroadcastChannel. Serializing a message (the structured clone) happens in JS; a handle only
 * queues what JS hands it. Delivery behaves like libuv's async handles, which Node's ports are:
 * one delivery pass visits the ports that have messages in the order the ports were created,
 * and a port that still has messages after its share waits for a later pass, so a port that
 * keeps posting to itself cannot starve timers and I/O.
 */
public final class MessagingBinding {
    private final NodeRuntime runtime;
    private final EventLoop loop;
    private final TreeMap<Long, MessagePortHandle> pending = new TreeMap<>();
    private long nextId;
    private boolean passScheduled;

    public MessagingBinding(NodeRuntime runtime) {
        this.runtime = runtime;
        this.loop = runtime.loop();
    }

    /**
     * A new, unentangled port. {@code onMessage(payload)} is called for each delivered message
     * and {@code onClose()} once when the port has closed; both through MakeCallback.
     */
    @HostAccess.Export
    public MessagePortHandle createPort(Value onMessage, Value onClose) {
        return new MessagePortHandle(this, runtime, nextId++, onMessage, onClose);
    }

    /** Makes two fresh ports each other's peer (a MessageChannel). */
    @HostAccess.Export
    public void entangle(MessagePortHandle a, MessagePortHandle b) {
        MessagePortHandle.entangle(a, b);
    }

    /** Asks for {@code port} to be visited by a delivery pass. */
    void markPending(MessagePortHandle port, boolean nextIteration) {
        pending.put(port.id(), port);
        if (passScheduled) return;
        passScheduled = true;
        if (nextIteration) {
            loop.schedule(this::deliveryPass, 0, TimeUnit.NANOSECONDS);
        } else {
            loop.execute(this::deliveryPass);
        }
    }

    private void deliveryPass() {
        passScheduled = false;
        List<MessagePortHandle> again = new ArrayList<>();
        long after = Long.MIN_VALUE;
        // Ports made pending during the pass are visited in it when they come later in creation
        // order (as in libuv's walk of its async handles); earlier ones wait for the next pass.
        for (var e = pending.higherEntry(after); e != null; e = pending.higherEntry(after)) {
            after = e.getKey();
            pending.remove(after);
            if (e.getValue().deliver()) again.add(e.getValue());
        }
        for (MessagePortHandle port : again) markPending(port, true);
        if (!pending.isEmpty() && !passScheduled) {
            passScheduled = true;
            loop.schedule(this::deliveryPass, 0, TimeUnit.NANOSECONDS);
        }
    }
}
