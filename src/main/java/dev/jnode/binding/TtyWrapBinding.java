package dev.jnode.binding;

import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;

/** internalBinding('tty_wrap'): which of the standard fds are terminals. */
public final class TtyWrapBinding {
    private final boolean[] isTTY;

    public TtyWrapBinding(NodeRuntime runtime) {
        this.isTTY = runtime.options().isTTY;
    }

    @HostAccess.Export
    public boolean isTTY(int fd) {
        return fd >= 0 && fd < isTTY.length && isTTY[fd];
    }
}
