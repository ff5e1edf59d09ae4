package dev.jnode.binding.process;

/**
 * Node's (code, signal) pair from the JDK's exit value.
 *
 * <p>On Linux the JDK reports a child killed by signal N as exit value 128 + N, the same number a
 * program gets by exiting with that status, so the two cannot be told apart from the value alone.
 * jnode reports a signal only when it sent that signal to the child itself (kill(), a timeout's
 * killSignal, an abort): then 128 + N means the signal ended it (a JVM child, such as another
 * jnode, exits with 128 + N on SIGTERM after running its shutdown hooks, which Node would also
 * see as the signal). Otherwise the value is the exit code.
 */
final class ExitStatus {
    private ExitStatus() {
    }

    /** [code or null, signal number or null]. */
    static Object[] decode(int status, int sentSignal) {
        if (sentSignal > 0 && status == 128 + sentSignal) return new Object[] {null, sentSignal};
        return new Object[] {status, null};
    }
}
