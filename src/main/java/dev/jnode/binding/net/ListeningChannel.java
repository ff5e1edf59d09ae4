package dev.jnode.binding.net;

import io.netty.channel.socket.nio.NioServerSocketChannel;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/**
 * A NIO server channel whose close takes effect at once. The JDK really closes a channel that is
 * registered with a selector only when that selector next runs; until then the port still
 * accepts connections (and resets them), while Node promises that after server.close() the port
 * refuses them. {@link #closeNow()} closes, then lets the selector drop the key right away.
 */
final class ListeningChannel extends NioServerSocketChannel {
    void closeNow() {
        SelectionKey key = selectionKey();
        close();
        if (key == null) return;
        key.cancel();
        Selector selector = key.selector();
        try {
            // Runs on the loop thread, which owns the selector and is not inside select() now.
            // Keys it finds ready are handled by the loop's next poll.
            selector.selectNow();
        } catch (IOException | RuntimeException ignored) {
            // the selector is closing with the loop
        }
    }
}
