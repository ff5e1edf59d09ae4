package dev.jnode.binding.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** A daemon thread copying one stream into another until end of input. */
final class Pump {
    private Pump() {
    }

    static Thread start(String name, InputStream in, OutputStream out, boolean closeOut) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16 * 1024];
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // the child went away or the runtime closed its streams
            } finally {
                if (closeOut) {
                    try {
                        out.close();
                    } catch (IOException ignored) {
                        // nothing to report it to
                    }
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
