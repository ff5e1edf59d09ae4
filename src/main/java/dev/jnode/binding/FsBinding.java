package dev.jnode.binding;

import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * internalBinding('fs'): the synchronous file operations the module loader and stdio need. The
 * full fs binding (file descriptors, async work on the pool) grows here.
 *
 * <p>Operations that can fail take a {@code ctx} object last; on failure they set
 * {@code ctx.errno} (negative, as libuv) and {@code ctx.syscall}, and JS builds Node's error.
 */
public final class FsBinding {
    private final NodeRuntime runtime;

    public FsBinding(NodeRuntime runtime) {
        this.runtime = runtime;
    }

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

    /** The whole file as UTF-8 text, or null with ctx set. */
    @HostAccess.Export
    public String readFileUtf8(String path, Value ctx) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            try {
                byte[] bytes = Files.readAllBytes(Path.of(path));
                return new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException e2) {
                return fail(ctx, e2, "open");
            }
        } catch (IOException e) {
            return fail(ctx, e, "open");
        }
    }

    /** The canonical path (links resolved), or null with ctx set. */
    @HostAccess.Export
    public String realpath(String path, Value ctx) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException e) {
            return fail(ctx, e, "realpath");
        }
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

    /**
     * Writes a string to fd 1 or 2 (stdout/stderr), synchronously, as Node does for files and
     * pipes. Returns the number of bytes written.
     */
    @HostAccess.Export
    public int writeString(int fd, String text) {
        OutputStream out = switch (fd) {
            case 1 -> runtime.options().stdout;
            case 2 -> runtime.options().stderr;
            default -> null;
        };
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
        OutputStream out = fd == 2 ? runtime.options().stderr : fd == 1 ? runtime.options().stdout : null;
        if (out == null) throw new IllegalArgumentException("jnode: fd " + fd + " is not writable yet");
        byte[] bytes = new byte[length];
        view.readBuffer(offset, bytes, 0, length);
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

    private static String fail(Value ctx, IOException e, String syscall) {
        ctx.putMember("errno", Errno.of(e));
        ctx.putMember("syscall", syscall);
        return null;
    }
}
