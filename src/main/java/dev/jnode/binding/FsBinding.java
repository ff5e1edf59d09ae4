package dev.jnode.binding;

import dev.jnode.binding.fs.FdTable;
import dev.jnode.binding.fs.FsException;
import dev.jnode.binding.fs.FsWatchers;
import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * internalBinding('fs'): the file-system calls behind node:fs.
 *
 * <p>Calling convention: every operation takes a {@code req} last. When {@code req} is a
 * function the call is asynchronous: the work runs on the worker pool and {@code req} is called
 * back on the loop as {@code req(errno, syscall, path, result)} (errno 0 on success; path is
 * set only when the failing path differs from the one JS passed). Otherwise {@code req} is a
 * plain object (the ctx): the call runs here and, on failure, sets {@code ctx.errno},
 * {@code ctx.syscall} (and {@code ctx.path}) and returns null.
 *
 * <p>Paths arrive absolute (JS resolves them against process.cwd()). Descriptors are small
 * integers from the runtime's {@link FdTable}; 0, 1 and 2 are the runtime's stdio.
 */
public final class FsBinding implements AutoCloseable {
    // Linux open(2) flags, as fs.constants reports them.
    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    static final int O_CREAT = 0100;
    static final int O_EXCL = 0200;
    static final int O_TRUNC = 01000;
    static final int O_APPEND = 02000;
    static final int O_DSYNC = 010000;
    static final int O_DIRECTORY = 0200000;
    static final int O_NOFOLLOW = 0400000;
    static final int O_SYNC = 04010000;

    private static final String STAT_ATTRS =
            "unix:dev,ino,mode,nlink,uid,gid,rdev,size,lastAccessTime,lastModifiedTime,ctime,creationTime";
    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final LinkOption[] FOLLOW = {};

    private final NodeRuntime runtime;
    private final FdTable fds = new FdTable();
    private final SecureRandom random = new SecureRandom();
    private FsWatchers watchers;

    public FsBinding(NodeRuntime runtime) {
        this.runtime = runtime;
        runtime.onShutdown(this);
    }

    /** The descriptor table (tests and other bindings). */
    public FdTable fds() {
        return fds;
    }

    @Override
    public void close() {
        fds.close();
        if (watchers != null) watchers.close();
    }

    // ---------------------------------------------------------------------------------------
    // the calling convention

    @FunctionalInterface
    interface Op {
        Object run() throws IOException;
    }

    /**
     * Bytes for JS go through one direct buffer per runtime, which JS wraps once: wrapping a
     * new host buffer per call costs far more than the copy (measured: 150-700 us per 64 KiB
     * chunk against tens of us through a persistent view). A result of at most this size is
     * copied here on the loop thread and handed to JS as its length; JS copies it out before
     * the loop runs anything else, so one buffer serves every call.
     */
    private static final int TRANSFER_SIZE = 1 << 20;
    private final ByteBuffer transfer = ByteBuffer.allocateDirect(TRANSFER_SIZE);

    /** The transfer buffer, for JS to wrap once. */
    @HostAccess.Export
    public ByteBuffer transferBuffer() {
        return transfer;
    }

    /** A small ByteBuffer result staged in the transfer buffer (then: its length); else as is. */
    private Object staged(Object result) {
        if (result instanceof ByteBuffer bb && bb.remaining() <= TRANSFER_SIZE) {
            int n = bb.remaining();
            transfer.clear();
            transfer.put(bb);
            transfer.clear();
            return n;
        }
        return result;
    }

    private Object call(Value req, String syscall, Op op) {
        if (req != null && req.canExecute()) {
            runtime.platform().pool().submit(runtime.loop(), () -> {
                try {
                    return op.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, (result, error) -> {
                if (error == null) {
                    runtime.makeCallback(req, 0, null, null, staged(result));
                } else {
                    Object[] f = failure(error, syscall);
                    runtime.makeCallback(req, f[0], f[1], f[2], null);
                }
            });
            return null;
        }
        try {
            return staged(op.run());
        } catch (IOException | RuntimeException e) {
            Object[] f = failure(e, syscall);
            if (req != null && req.hasMembers()) {
                req.putMember("errno", f[0]);
                req.putMember("syscall", f[1]);
                if (f[2] != null) req.putMember("path", f[2]);
            }
            return null;
        }
    }

    /** [errno, syscall, path-or-null] for a failure. */
    private static Object[] failure(Throwable t, String syscall) {
        if (t instanceof UncheckedIOException u) t = u.getCause();
        if (t instanceof FsException f) {
            return new Object[] {f.errno, f.syscall != null ? f.syscall : syscall, f.path};
        }
        if (t instanceof IOException io) return new Object[] {Errno.of(io), syscall, null};
        if (t instanceof InvalidPathException) return new Object[] {Errno.ENOENT, syscall, null};
        if (t instanceof UnsupportedOperationException) return new Object[] {Errno.ENOTSUP, syscall, null};
        if (t instanceof SecurityException) return new Object[] {Errno.EACCES, syscall, null};
        if (t instanceof RuntimeException re) throw re;
        throw new IllegalStateException(t);
    }

    // ---------------------------------------------------------------------------------------
    // used by the module loader and stdio (kept as they were)

    /** 0 for a file, 1 for a directory, a negative errno otherwise (follows links). */
    @HostAccess.Export
    public int internalModuleStat(String path) {
        try {
            BasicFileAttributes a = Files.readAttributes(Path.of(path), BasicFileAttributes.class);
            return a.isDirectory() ? 1 : 0;
        } catch (IOException e) {
            return Errno.of(e);
        } catch (RuntimeException e) {
            return Errno.ENOENT; // invalid path strings (NUL bytes) cannot name a file
        }
    }

    /** The whole file as UTF-8 text, or null with ctx set. Async when req is a function. */
    @HostAccess.Export
    public String readFileUtf8(String path, Value req) {
        return (String) call(req, "open", () -> {
            byte[] bytes = readAll(Path.of(path));
            return new String(bytes, StandardCharsets.UTF_8);
        });
    }

    /** The canonical path (links resolved), or null with ctx set. */
    @HostAccess.Export
    public String realpath(String path, Value req) {
        return (String) call(req, "realpath", () -> Path.of(path).toRealPath().toString());
    }

    @HostAccess.Export
    public boolean existsSync(String path) {
        try {
            return Files.exists(Path.of(path));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @HostAccess.Export
    public boolean isDirectory(String path) {
        try {
            return Files.isDirectory(Path.of(path), LinkOption.NOFOLLOW_LINKS);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Writes a string to fd 1 or 2 (stdout/stderr), synchronously. Returns the bytes written. */
    @HostAccess.Export
    public int writeString(int fd, String text) {
        OutputStream out = stdioOut(fd);
        if (out == null) throw new IllegalArgumentException("jnode: fd " + fd + " is not writable yet");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            // EPIPE and friends: Node ignores write errors on stdio it cannot report
        }
        return bytes.length;
    }

    /** Writes the bytes of a typed array or ArrayBuffer view to fd 1 or 2. */
    @HostAccess.Export
    public int writeBuffer(int fd, Value view, int offset, int length) {
        OutputStream out = stdioOut(fd);
        if (out == null) throw new IllegalArgumentException("jnode: fd " + fd + " is not writable yet");
        byte[] bytes = new byte[length];
        readBytes(view, offset, bytes, length);
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            // as writeString
        }
        return length;
    }

    /** Reads all of stdin (fd 0) as UTF-8 text. */
    @HostAccess.Export
    public String readStdinUtf8() throws IOException {
        return new String(runtime.options().stdin.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Copies bytes out of an ArrayBuffer or an ArrayBufferView (offset relative to the view). */
    static void readBytes(Value view, long offset, byte[] dst, int length) {
        if (view.hasBufferElements()) {
            view.readBuffer(offset, dst, 0, length);
            return;
        }
        Value buffer = view.getMember("buffer");
        long base = view.getMember("byteOffset").asLong();
        buffer.readBuffer(base + offset, dst, 0, length);
    }

    private OutputStream stdioOut(int fd) {
        return switch (fd) {
            case 1 -> runtime.options().stdout;
            case 2 -> runtime.options().stderr;
            default -> null;
        };
    }

    // ---------------------------------------------------------------------------------------
    // descriptors

    @HostAccess.Export
    public Object open(String path, int flags, int mode, Value req) {
        return call(req, "open", () -> openFd(Path.of(path), flags, mode));
    }

    private int openFd(Path p, int flags, int mode) throws IOException {
        int acc = flags & 3;
        boolean read = acc == 0 || acc == O_RDWR;
        boolean write = acc == O_WRONLY || acc == O_RDWR;
        boolean append = (flags & O_APPEND) != 0;
        Set<OpenOption> opts = new HashSet<>();
        if (read) opts.add(StandardOpenOption.READ);
        if (write) opts.add(append && !read ? StandardOpenOption.APPEND : StandardOpenOption.WRITE);
        boolean creat = (flags & O_CREAT) != 0;
        if (creat) {
            if (!write) {
                // Java ignores CREATE for read-only opens; POSIX creates the file.
                if ((flags & O_EXCL) != 0 || Files.notExists(p, NOFOLLOW)) createFile(p, mode, (flags & O_EXCL) != 0);
            } else {
                opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            }
        }
        if ((flags & O_TRUNC) != 0 && write) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        if ((flags & O_SYNC) == O_SYNC) opts.add(StandardOpenOption.SYNC);
        else if ((flags & O_DSYNC) != 0) opts.add(StandardOpenOption.DSYNC);
        if ((flags & O_NOFOLLOW) != 0) opts.add(LinkOption.NOFOLLOW_LINKS);
        if ((flags & O_DIRECTORY) != 0) {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            if (!a.isDirectory()) throw new FsException(Errno.ENOTDIR, "open");
        }
        FileChannel ch = creat && write
                ? FileChannel.open(p, opts, permissions(mode))
                : FileChannel.open(p, opts);
        return fds.add(new FdTable.Entry(ch, p, read, write, append && read));
    }

    private static void createFile(Path p, int mode, boolean exclusive) throws IOException {
        try {
            Files.createFile(p, permissions(mode));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (exclusive) throw e;
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> permissions(int mode) {
        return PosixFilePermissions.asFileAttribute(toPerms(mode));
    }

    private static Set<PosixFilePermission> toPerms(int mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int i = 0; i < 9; i++) if ((mode & (1 << i)) != 0) s.add(order[i]);
        return s;
    }

    @HostAccess.Export
    public Object close(int fd, Value req) {
        return call(req, "close", () -> {
            if (fd >= 0 && fd <= 2) throw new FsException(Errno.EBADF, "close"); // stdio stays open
            fds.close(fd);
            return 0;
        });
    }

    /** True when {@code fd} is open (a descriptor of this runtime or stdio). */
    @HostAccess.Export
    public boolean isOpen(int fd) {
        return (fd >= 0 && fd <= 2) || fds.isOpen(fd);
    }

    /**
     * Reads up to {@code length} bytes at {@code position} (-1: the current position) and returns
     * them as a ByteBuffer JS wraps with {@code new ArrayBuffer(buffer)} and copies out.
     */
    @HostAccess.Export
    public Object read(int fd, int length, double position, Value req) {
        return call(req, "read", () -> readFd(fd, length, (long) position));
    }

    private ByteBuffer readFd(int fd, int length, long position) throws IOException {
        ByteBuffer bb = ByteBuffer.allocate(Math.max(0, length));
        if (fd == 0) {
            InputStream in = runtime.options().stdin;
            int n = length == 0 ? 0 : in.read(bb.array(), 0, length);
            bb.limit(Math.max(0, n));
            return bb.slice();
        }
        if (fd == 1 || fd == 2) throw new FsException(Errno.EBADF, "read");
        FdTable.Entry e = fds.get(fd, "read");
        if (!e.readable()) throw new FsException(Errno.EBADF, "read");
        FileChannel ch = e.channel();
        // An offset whose end does not fit in 63 bits is what pread(2) calls EOVERFLOW.
        if (position >= 0 && position > Long.MAX_VALUE - length) throw new FsException(-75 /* EOVERFLOW */, "read");
        while (bb.hasRemaining()) {
            int n = position >= 0 ? ch.read(bb, position + bb.position()) : ch.read(bb);
            if (n <= 0) break;
        }
        bb.flip();
        return bb.slice();
    }

    /** Writes bytes [offset, offset+length) of a typed array at {@code position} (-1: current). */
    @HostAccess.Export
    public Object writeBytes(int fd, Value view, int offset, int length, double position, Value req) {
        byte[] bytes = new byte[length];
        if (length > 0) readBytes(view, offset, bytes, length);
        return call(req, "write", () -> writeFd(fd, ByteBuffer.wrap(bytes), (long) position));
    }

    /** Writes a string as UTF-8 at {@code position} (-1: current). */
    @HostAccess.Export
    public Object writeUtf8(int fd, String text, double position, Value req) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return call(req, "write", () -> writeFd(fd, ByteBuffer.wrap(bytes), (long) position));
    }

    private int writeFd(int fd, ByteBuffer bb, long position) throws IOException {
        int total = bb.remaining();
        if (fd == 1 || fd == 2) {
            OutputStream out = stdioOut(fd);
            out.write(bb.array(), bb.arrayOffset() + bb.position(), total);
            out.flush();
            return total;
        }
        if (fd == 0) throw new FsException(Errno.EBADF, "write");
        FdTable.Entry e = fds.get(fd, "write");
        if (!e.writable()) throw new FsException(Errno.EBADF, "write");
        FileChannel ch = e.channel();
        if (e.append()) {
            synchronized (e) {
                long at = ch.size();
                while (bb.hasRemaining()) at += ch.write(bb, at);
                return total;
            }
        }
        if (position >= 0) {
            long at = position;
            while (bb.hasRemaining()) at += ch.write(bb, at);
        } else {
            while (bb.hasRemaining()) ch.write(bb);
        }
        return total;
    }

    @HostAccess.Export
    public Object fsync(int fd, boolean dataOnly, Value req) {
        String sc = dataOnly ? "fdatasync" : "fsync";
        return call(req, sc, () -> {
            if (fd >= 0 && fd <= 2) return 0;
            fds.get(fd, sc).channel().force(!dataOnly);
            return 0;
        });
    }

    @HostAccess.Export
    public Object ftruncate(int fd, double len, Value req) {
        return call(req, "ftruncate", () -> {
            FdTable.Entry e = fds.get(fd, "ftruncate");
            if (!e.writable()) throw new FsException(Errno.EINVAL, "ftruncate");
            setLength(e.channel(), (long) len);
            return 0;
        });
    }

    @HostAccess.Export
    public Object truncate(String path, double len, Value req) {
        return call(req, "open", () -> {
            try (FileChannel ch = FileChannel.open(Path.of(path), StandardOpenOption.WRITE)) {
                setLength(ch, (long) len);
            }
            return 0;
        });
    }

    private static void setLength(FileChannel ch, long len) throws IOException {
        long size = ch.size();
        if (len < size) {
            ch.truncate(len);
        } else if (len > size) {
            ch.write(ByteBuffer.wrap(new byte[1]), len - 1); // extends with zeros, as ftruncate(2)
        }
    }

    // ---------------------------------------------------------------------------------------
    // stat

    /**
     * stat/lstat: [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atime s, ns,
     * mtime s, ns, ctime s, ns, birthtime s, ns].
     */
    @HostAccess.Export
    public Object stat(String path, boolean lstat, Value req) {
        return call(req, lstat ? "lstat" : "stat", () -> statPath(Path.of(path), lstat ? NOFOLLOW : FOLLOW));
    }

    @HostAccess.Export
    public Object fstat(int fd, Value req) {
        return call(req, "fstat", () -> {
            if (fd >= 0 && fd <= 2) return statPath(Path.of("/proc/self/fd/" + fd), FOLLOW);
            FdTable.Entry e = fds.get(fd, "fstat");
            try {
                return statPath(e.path(), FOLLOW);
            } catch (java.nio.file.NoSuchFileException gone) {
                // unlinked while open: what the channel still knows
                double[] s = new double[18];
                s[1] = 0100000 | 0644;
                s[6] = 4096;
                s[8] = e.channel().size();
                s[9] = Math.ceil(s[8] / 4096.0) * 8;
                return s;
            }
        });
    }

    static double[] statPath(Path p, LinkOption[] opts) throws IOException {
        Map<String, Object> a = Files.readAttributes(p, STAT_ATTRS, opts);
        double[] s = new double[18];
        s[0] = ((Number) a.get("dev")).doubleValue();
        s[1] = ((Number) a.get("mode")).doubleValue();
        s[2] = ((Number) a.get("nlink")).doubleValue();
        s[3] = ((Number) a.get("uid")).doubleValue();
        s[4] = ((Number) a.get("gid")).doubleValue();
        s[5] = ((Number) a.get("rdev")).doubleValue();
        s[6] = 4096;
        s[7] = ((Number) a.get("ino")).doubleValue();
        long size = ((Number) a.get("size")).longValue();
        s[8] = size;
        s[9] = (double) (((size + 4095) / 4096) * 8); // 512-byte blocks, allocated by the page
        time(s, 10, (FileTime) a.get("lastAccessTime"));
        time(s, 12, (FileTime) a.get("lastModifiedTime"));
        time(s, 14, (FileTime) a.get("ctime"));
        time(s, 16, (FileTime) a.get("creationTime"));
        return s;
    }

    private static void time(double[] s, int i, FileTime t) {
        if (t == null) return;
        java.time.Instant in = t.toInstant();
        s[i] = in.getEpochSecond();
        s[i + 1] = in.getNano();
    }

    /** [type, bsize, blocks, bfree, bavail, files, ffree]. */
    @HostAccess.Export
    public Object statfs(String path, Value req) {
        return call(req, "statfs", () -> {
            FileStore store = Files.getFileStore(Path.of(path));
            long bsize = store.getBlockSize();
            return new double[] {
                fsMagic(store.type()), bsize, store.getTotalSpace() / bsize,
                store.getUnallocatedSpace() / bsize, store.getUsableSpace() / bsize, 0, 0,
            };
        });
    }

    private static double fsMagic(String type) {
        return switch (type) {
            case "ext2", "ext3", "ext4" -> 0xEF53;
            case "tmpfs" -> 0x01021994;
            case "overlay" -> 0x794C7630;
            case "xfs" -> 0x58465342;
            case "btrfs" -> 0x9123683EL;
            case "proc" -> 0x9FA0;
            case "nfs", "nfs4" -> 0x6969;
            case "zfs" -> 0x2FC12FC1;
            case "vfat" -> 0x4D44;
            default -> 0;
        };
    }

    @HostAccess.Export
    public Object access(String path, int mode, Value req) {
        return call(req, "access", () -> {
            Path p = Path.of(path);
            Files.readAttributes(p, BasicFileAttributes.class); // ENOENT etc.
            if ((mode & 4) != 0 && !Files.isReadable(p)) throw new FsException(Errno.EACCES, "access");
            if ((mode & 2) != 0 && !Files.isWritable(p)) throw new FsException(Errno.EACCES, "access");
            if ((mode & 1) != 0 && !Files.isExecutable(p)) throw new FsException(Errno.EACCES, "access");
            return 0;
        });
    }

    // ---------------------------------------------------------------------------------------
    // whole files

    /** The whole file as a ByteBuffer (fd < 0: by path, else from the descriptor's position). */
    @HostAccess.Export
    public Object readFile(String path, int fd, Value req) {
        return call(req, fd < 0 ? "open" : "read", () -> {
            if (fd < 0) return ByteBuffer.wrap(readAll(Path.of(path)));
            return ByteBuffer.wrap(readAllFd(fd));
        });
    }

    private byte[] readAll(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            return drain(ch, ch.size());
        }
    }

    private byte[] readAllFd(int fd) throws IOException {
        if (fd == 0) return runtime.options().stdin.readAllBytes();
        FdTable.Entry e = fds.get(fd, "read");
        if (!e.readable()) throw new FsException(Errno.EBADF, "read");
        long size;
        try {
            size = e.channel().size() - e.channel().position();
        } catch (IOException ex) {
            size = 0;
        }
        return drain(e.channel(), size);
    }

    private static byte[] drain(FileChannel ch, long hint) throws IOException {
        // Too big for one buffer: EFBIG with syscall "readFile" and the size where the path goes;
        // JS turns it into ERR_FS_FILE_TOO_LARGE (fsError).
        if (hint > Integer.MAX_VALUE - 16) throw new FsException(-27 /* EFBIG */, "readFile", Long.toString(hint));
        // Files in /proc report size 0: read until EOF, growing as needed.
        byte[] buf = new byte[(int) Math.max(hint, 0) + (hint > 0 ? 1 : 8192)];
        int n = 0;
        try {
            while (true) {
                if (n == buf.length) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                int r = ch.read(ByteBuffer.wrap(buf, n, buf.length - n));
                if (r < 0) break;
                n += r;
            }
        } catch (IOException e) {
            String m = e.getMessage();
            if (m != null && m.contains("Is a directory")) throw new FsException(Errno.EISDIR, "read");
            throw e;
        }
        return n == buf.length ? buf : java.util.Arrays.copyOf(buf, n);
    }

    /** Writes bytes to a path with the given open flags (writeFile/appendFile). */
    @HostAccess.Export
    public Object writeFile(String path, Value view, int offset, int length, int flags, int mode, Value req) {
        byte[] bytes = new byte[length];
        if (length > 0) readBytes(view, offset, bytes, length);
        return call(req, "open", () -> writeWhole(Path.of(path), bytes, flags, mode));
    }

    @HostAccess.Export
    public Object writeFileUtf8(String path, String text, int flags, int mode, Value req) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return call(req, "open", () -> writeWhole(Path.of(path), bytes, flags, mode));
    }

    private Object writeWhole(Path p, byte[] bytes, int flags, int mode) throws IOException {
        int fd = openFd(p, flags, mode);
        try {
            try {
                writeFd(fd, ByteBuffer.wrap(bytes), -1);
            } catch (FsException e) {
                throw e;
            } catch (IOException e) {
                throw new FsException(Errno.of(e), "write");
            }
        } finally {
            fds.close(fd);
        }
        return 0;
    }

    // ---------------------------------------------------------------------------------------
    // directories

    /**
     * The entries of a directory, joined with NUL. With types, each name is preceded by one
     * character: the UV_DIRENT_* type as a digit.
     */
    @HostAccess.Export
    public Object readdir(String path, boolean withTypes, Value req) {
        return call(req, "scandir", () -> {
            Path dir = Path.of(path);
            StringBuilder sb = new StringBuilder();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path child : ds) {
                    if (!sb.isEmpty()) sb.append('\0');
                    if (withTypes) sb.append((char) ('0' + direntType(child)));
                    sb.append(child.getFileName().toString());
                }
            } catch (java.nio.file.DirectoryIteratorException e) {
                throw e.getCause();
            }
            return sb.toString();
        });
    }

    private static int direntType(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return switch (mode & 0170000) {
                case 0100000 -> 1; // file
                case 0040000 -> 2; // dir
                case 0120000 -> 3; // link
                case 0010000 -> 4; // fifo
                case 0140000 -> 5; // socket
                case 0020000 -> 6; // char
                case 0060000 -> 7; // block
                default -> 0;
            };
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** mkdir; recursive returns the first directory created (or null when none was). */
    @HostAccess.Export
    public Object mkdir(String path, int mode, boolean recursive, Value req) {
        return call(req, "mkdir", () -> {
            Path p = Path.of(path);
            if (!recursive) {
                Files.createDirectory(p, permissions(mode));
                return null;
            }
            List<Path> missing = new ArrayList<>();
            Path cur = p;
            while (cur != null) {
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(cur, BasicFileAttributes.class);
                } catch (java.nio.file.NoSuchFileException e) {
                    missing.add(cur);
                    cur = cur.getParent();
                    continue;
                }
                if (!a.isDirectory()) {
                    throw new FsException(cur.equals(p) ? Errno.EEXIST : Errno.ENOTDIR, "mkdir");
                }
                break;
            }
            String first = null;
            for (int i = missing.size() - 1; i >= 0; i--) {
                try {
                    Files.createDirectory(missing.get(i), permissions(mode));
                    if (first == null) first = missing.get(i).toString();
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    if (!Files.isDirectory(missing.get(i))) throw e;
                }
            }
            return first;
        });
    }

    private static final String TEMP_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    @HostAccess.Export
    public Object mkdtemp(String prefix, Value req) {
        return call(req, "mkdtemp", () -> {
            for (int attempt = 0; ; attempt++) {
                StringBuilder sb = new StringBuilder(prefix);
                for (int i = 0; i < 6; i++) sb.append(TEMP_CHARS.charAt(random.nextInt(TEMP_CHARS.length())));
                try {
                    Files.createDirectory(Path.of(sb.toString()), permissions(0700));
                    return sb.toString();
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    if (attempt > 100) throw e;
                }
            }
        });
    }

    @HostAccess.Export
    public Object rmdir(String path, Value req) {
        return call(req, "rmdir", () -> {
            Path p = Path.of(path);
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW);
            if (!a.isDirectory()) throw new FsException(Errno.ENOTDIR, "rmdir");
            Files.delete(p);
            return 0;
        });
    }

    @HostAccess.Export
    public Object unlink(String path, Value req) {
        return call(req, "unlink", () -> {
            Path p = Path.of(path);
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW);
            if (a.isDirectory()) throw new FsException(Errno.EISDIR, "unlink");
            Files.delete(p);
            return 0;
        });
    }

    /** Removes a file or a whole tree (links are removed, never followed). */
    @HostAccess.Export
    public Object rmTree(String path, Value req) {
        return call(req, "rm", () -> {
            removeTree(Path.of(path));
            return 0;
        });
    }

    private static void removeTree(Path p) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW);
        } catch (IOException e) {
            throw new FsException(Errno.of(e), "rm", p.toString());
        }
        if (a.isDirectory()) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                for (Path child : ds) removeTree(child);
            } catch (FsException e) {
                throw e;
            } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                IOException io = e instanceof IOException x ? x : ((java.nio.file.DirectoryIteratorException) e).getCause();
                throw new FsException(Errno.of(io), "rm", p.toString());
            }
        }
        try {
            Files.delete(p);
        } catch (java.nio.file.NoSuchFileException ignored) {
            // removed meanwhile
        } catch (IOException e) {
            throw new FsException(Errno.of(e), "rm", p.toString());
        }
    }

    @HostAccess.Export
    public Object rename(String from, String to, Value req) {
        return call(req, "rename", () -> {
            Files.move(Path.of(from), Path.of(to), StandardCopyOption.ATOMIC_MOVE);
            return 0;
        });
    }

    /** copyFile; mode bit 1 is COPYFILE_EXCL, bit 4 COPYFILE_FICLONE_FORCE. */
    @HostAccess.Export
    public Object copyFile(String from, String to, int mode, Value req) {
        return call(req, "copyfile", () -> {
            Path src = Path.of(from);
            Path dst = Path.of(to);
            if ((mode & 4) != 0) throw new FsException(Errno.ENOTSUP, "copyfile");
            BasicFileAttributes sa = Files.readAttributes(src, BasicFileAttributes.class);
            if (sa.isDirectory()) throw new FsException(Errno.EISDIR, "copyfile");
            if (Files.isDirectory(dst)) throw new FsException(Errno.EISDIR, "copyfile");
            if ((mode & 1) != 0) {
                Files.copy(src, dst);
            } else {
                boolean exists = Files.exists(dst);
                if (exists) {
                    // overwrite in place, as copyfile does (keeps the inode and its links)
                    try (FileChannel in = FileChannel.open(src, StandardOpenOption.READ);
                         FileChannel out = FileChannel.open(dst, StandardOpenOption.WRITE,
                                 StandardOpenOption.TRUNCATE_EXISTING)) {
                        long size = in.size();
                        long done = 0;
                        while (done < size) {
                            long n = in.transferTo(done, size - done, out);
                            if (n <= 0) break;
                            done += n;
                        }
                    }
                    try {
                        Files.setAttribute(dst, "unix:mode", ((Integer) Files.getAttribute(src, "unix:mode")) & 07777);
                    } catch (IOException ignored) {
                        // not the owner: the data is copied, as copyfile leaves it
                    }
                } else {
                    Files.copy(src, dst);
                }
            }
            return 0;
        });
    }

    // ---------------------------------------------------------------------------------------
    // links

    @HostAccess.Export
    public Object symlink(String target, String path, Value req) {
        return call(req, "symlink", () -> {
            Files.createSymbolicLink(Path.of(path), Path.of(target));
            return 0;
        });
    }

    @HostAccess.Export
    public Object link(String existing, String path, Value req) {
        return call(req, "link", () -> {
            Files.createLink(Path.of(path), Path.of(existing));
            return 0;
        });
    }

    @HostAccess.Export
    public Object readlink(String path, Value req) {
        return call(req, "readlink", () -> {
            Path p = Path.of(path);
            if (!Files.isSymbolicLink(p)) {
                Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW); // ENOENT
                throw new FsException(Errno.EINVAL, "readlink");
            }
            return Files.readSymbolicLink(p).toString();
        });
    }

    // ---------------------------------------------------------------------------------------
    // attributes

    @HostAccess.Export
    public Object chmod(String path, int mode, Value req) {
        return call(req, "chmod", () -> {
            Files.setAttribute(Path.of(path), "unix:mode", mode & 07777);
            return 0;
        });
    }

    @HostAccess.Export
    public Object fchmod(int fd, int mode, Value req) {
        return call(req, "fchmod", () -> {
            Files.setAttribute(fds.get(fd, "fchmod").path(), "unix:mode", mode & 07777);
            return 0;
        });
    }

    /** chown/lchown; -1 leaves an id unchanged. */
    @HostAccess.Export
    public Object chown(String path, int uid, int gid, boolean nofollow, Value req) {
        return call(req, nofollow ? "lchown" : "chown", () -> {
            setOwner(Path.of(path), uid, gid, nofollow ? NOFOLLOW : FOLLOW);
            return 0;
        });
    }

    @HostAccess.Export
    public Object fchown(int fd, int uid, int gid, Value req) {
        return call(req, "fchown", () -> {
            setOwner(fds.get(fd, "fchown").path(), uid, gid, FOLLOW);
            return 0;
        });
    }

    private static void setOwner(Path p, int uid, int gid, LinkOption[] opts) throws IOException {
        if (uid != -1) Files.setAttribute(p, "unix:uid", uid, opts);
        if (gid != -1) Files.setAttribute(p, "unix:gid", gid, opts);
        if (uid == -1 && gid == -1) Files.readAttributes(p, BasicFileAttributes.class, opts);
    }

    /** utimes/lutimes, times in seconds (fractional). */
    @HostAccess.Export
    public Object utimes(String path, double atime, double mtime, boolean nofollow, Value req) {
        return call(req, nofollow ? "lutime" : "utime", () -> {
            setTimes(Path.of(path), atime, mtime, nofollow ? NOFOLLOW : FOLLOW);
            return 0;
        });
    }

    @HostAccess.Export
    public Object futimes(int fd, double atime, double mtime, Value req) {
        return call(req, "futime", () -> {
            setTimes(fds.get(fd, "futime").path(), atime, mtime, FOLLOW);
            return 0;
        });
    }

    private static void setTimes(Path p, double atime, double mtime, LinkOption[] opts) throws IOException {
        BasicFileAttributeView v = Files.getFileAttributeView(p, BasicFileAttributeView.class, opts);
        v.setTimes(fileTime(mtime), fileTime(atime), null);
    }

    private static FileTime fileTime(double seconds) {
        long whole = (long) Math.floor(seconds);
        long nanos = Math.round((seconds - whole) * 1e9);
        return FileTime.from(java.time.Instant.ofEpochSecond(whole, nanos));
    }

    // ---------------------------------------------------------------------------------------
    // watching

    /**
     * Starts watching a file or directory; events arrive as {@code onchange(eventType, filename)}
     * and errors as {@code onchange('error', errno)}. Returns a watcher id, or null with ctx set.
     */
    @HostAccess.Export
    public Object watch(String path, boolean recursive, Value onchange, Value ctx) {
        if (watchers == null) watchers = new FsWatchers(runtime);
        return call(ctx, "watch", () -> watchers.start(Path.of(path), recursive, onchange));
    }

    @HostAccess.Export
    public void unwatch(int id) {
        if (watchers != null) watchers.stop(id);
    }

    @HostAccess.Export
    public void refWatch(int id, boolean ref) {
        if (watchers != null) watchers.ref(id, ref);
    }
}
