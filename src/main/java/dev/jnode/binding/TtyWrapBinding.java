package dev.jnode.binding;

import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * internalBinding('tty_wrap'): which of the standard fds are terminals, and reading fd 0.
 *
 * <p>stdin is read by one daemon thread per runtime, one chunk per JS request
 * ({@link #readStdin}), posted back to the loop. While a request is pending and stdin is ref'd
 * (flowing), the loop counts it as a ref'd handle, so a program reading stdin stays alive and a
 * paused one can exit, as in Node. A read already blocked in the kernel cannot be taken back;
 * its chunk is delivered when it arrives.
 */
public final class TtyWrapBinding {
    private final NodeRuntime runtime;
    private final boolean[] isTTY;

    private final Object stdinLock = new Object();
    private Thread stdinThread;
    private boolean stdinWanted;   // JS asked for a chunk (guarded by stdinLock)
    private boolean stdinRefed = true;
    private boolean stdinCounted;  // the loop counts the pending read as a ref'd handle
    private Value stdinCallback;

    public TtyWrapBinding(NodeRuntime runtime) {
        this.runtime = runtime;
        this.isTTY = runtime.options().isTTY;
    }

    @HostAccess.Export
    public boolean isTTY(int fd) {
        return fd >= 0 && fd < isTTY.length && isTTY[fd];
    }

    /** Asks for the next chunk of stdin: {@code callback(ByteBuffer)}, or {@code callback(null)} at end. */
    @HostAccess.Export
    public void readStdin(Value callback) {
        stdinCallback = callback;
        synchronized (stdinLock) {
            stdinWanted = true;
            stdinLock.notifyAll();
        }
        updateStdinRef();
        if (stdinThread == null) {
            stdinThread = new Thread(this::pumpStdin, "jnode-stdin");
            stdinThread.setDaemon(true);
            stdinThread.start();
        }
    }

    /** Whether a pending stdin read keeps the loop alive (flowing: yes; paused: no). */
    @HostAccess.Export
    public void refStdin(boolean ref) {
        stdinRefed = ref;
        updateStdinRef();
    }

    private void updateStdinRef() {
        boolean wanted;
        synchronized (stdinLock) {
            wanted = stdinWanted;
        }
        boolean count = wanted && stdinRefed;
        if (count && !stdinCounted) runtime.loop().refHandle();
        else if (!count && stdinCounted) runtime.loop().unrefHandle();
        stdinCounted = count;
    }

    private void pumpStdin() {
        InputStream in = runtime.options().stdin;
        byte[] buf = new byte[64 * 1024];
        while (true) {
            synchronized (stdinLock) {
                while (!stdinWanted) {
                    try {
                        stdinLock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            int n;
            try {
                n = in.read(buf);
            } catch (IOException e) {
                n = -1;
            }
            if (n == 0) continue;
            byte[] chunk = n > 0 ? Arrays.copyOf(buf, n) : null;
            synchronized (stdinLock) {
                stdinWanted = false; // one chunk per request
            }
            runtime.loop().execute(() -> deliverStdin(chunk));
            if (n < 0) return;
        }
    }

    private void deliverStdin(byte[] chunk) {
        updateStdinRef();
        runtime.makeCallback(stdinCallback, chunk == null ? null : ByteBuffer.wrap(chunk));
    }
}
