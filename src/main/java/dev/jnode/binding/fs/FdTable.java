package dev.jnode.binding.fs;

import dev.jnode.binding.Errno;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The file descriptors of one runtime: small integers (the lowest free one from 3 up, as POSIX
 * hands them out) standing for open {@link FileChannel}s. 0, 1 and 2 are the runtime's stdio and
 * are not in the table. Used from the loop thread and the worker pool, so every method locks.
 */
public final class FdTable implements AutoCloseable {
    public static final int FIRST = 3;

    /** One open file. {@code append} means every write goes to the end. */
    public record Entry(FileChannel channel, Path path, boolean readable, boolean writable, boolean append) {
    }

    private final Map<Integer, Entry> entries = new HashMap<>();
    private final BitSet used = new BitSet();
    private boolean closed;

    /** Registers an open channel and returns its descriptor. */
    public synchronized int add(Entry entry) throws IOException {
        if (closed) {
            entry.channel().close();
            throw new FsException(Errno.EBADF, "open");
        }
        int fd = used.nextClearBit(FIRST);
        used.set(fd);
        entries.put(fd, entry);
        return fd;
    }

    /** The open file behind {@code fd}; EBADF (with {@code syscall}) when there is none. */
    public synchronized Entry get(int fd, String syscall) throws FsException {
        Entry e = entries.get(fd);
        if (e == null) throw new FsException(Errno.EBADF, syscall);
        return e;
    }

    public synchronized boolean isOpen(int fd) {
        return entries.containsKey(fd);
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Removes and closes {@code fd}. */
    public void close(int fd) throws IOException {
        Entry e;
        synchronized (this) {
            e = entries.remove(fd);
            if (e == null) throw new FsException(Errno.EBADF, "close");
            used.clear(fd);
        }
        e.channel().close();
    }

    /** Closes every descriptor still open (the runtime is ending). */
    @Override
    public void close() {
        Map<Integer, Entry> all;
        synchronized (this) {
            closed = true;
            all = new HashMap<>(entries);
            entries.clear();
            used.clear();
        }
        for (Entry e : all.values()) {
            try {
                e.channel().close();
            } catch (IOException ignored) {
                // the runtime is ending; nothing can report it
            }
        }
    }
}
