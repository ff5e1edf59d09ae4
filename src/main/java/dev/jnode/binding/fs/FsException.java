package dev.jnode.binding.fs;

import java.io.IOException;

/**
 * A failed file-system call with the errno (negative, as libuv) and the syscall Node reports. The
 * path, when set, replaces the one JS passed (operations such as a recursive rm fail on a child).
 */
public final class FsException extends IOException {
    public final int errno;
    public final String syscall;
    public final String path;

    public FsException(int errno, String syscall) {
        this(errno, syscall, null);
    }

    public FsException(int errno, String syscall, String path) {
        super(syscall + " failed: " + errno);
        this.errno = errno;
        this.syscall = syscall;
        this.path = path;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // an expected outcome, not a bug: no stack needed
    }
}
