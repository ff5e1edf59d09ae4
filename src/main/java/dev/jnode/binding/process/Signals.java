package dev.jnode.binding.process;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Sending signals to a child: SIGTERM and SIGKILL through its ProcessHandle, the rest with kill(1). */
final class Signals {
    static final int SIGKILL = 9;
    static final int SIGTERM = 15;

    private Signals() {
    }

    /** 0, or a negative errno (ESRCH when the process is gone, ENOSYS when kill(1) is missing). */
    static int send(Process p, int sig) {
        if (!p.isAlive()) return -3;
        // Through the ProcessHandle: Process.destroy() would also close the pipes, losing what
        // the child still writes on its way out.
        if (sig == SIGTERM) return p.toHandle().destroy() ? 0 : -3;
        if (sig == SIGKILL) return p.toHandle().destroyForcibly() ? 0 : -3;
        String kill = new File("/bin/kill").canExecute() ? "/bin/kill"
                : new File("/usr/bin/kill").canExecute() ? "/usr/bin/kill" : null;
        if (kill == null) return -38;
        try {
            Process k = new ProcessBuilder(kill, "-" + sig, Long.toString(p.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!k.waitFor(10, TimeUnit.SECONDS)) {
                k.destroyForcibly();
                return -110;
            }
            if (k.exitValue() == 0) return 0;
            return p.isAlive() ? -1 : -3; // EPERM, or ESRCH when it exited meanwhile
        } catch (IOException e) {
            return -38;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -4;
        }
    }
}
