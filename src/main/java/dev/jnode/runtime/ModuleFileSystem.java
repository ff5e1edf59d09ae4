package dev.jnode.runtime;

import org.graalvm.polyglot.io.FileSystem;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The file system GraalJS sees: it is used only to load ES modules. Reading a module does not
 * return the file's bytes but the text jnode's ESM loader makes of it (JS helper
 * {@code moduleSource}): specifiers resolved with Node's rules, core modules and CommonJS files
 * re-exported, errors turned into modules that throw them. Paths under {@code /@jnode/} are
 * virtual (core modules, errors); {@code node:} URLs map there. Nothing can be written.
 */
final class ModuleFileSystem implements FileSystem {
    static final String VIRTUAL_ROOT = "/@jnode/";

    private final FileSystem disk = FileSystem.newReadOnlyFileSystem(FileSystem.newDefaultFileSystem());
    private final NodeRuntime runtime;

    ModuleFileSystem(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    private static boolean isVirtual(Path path) {
        return path.toString().startsWith(VIRTUAL_ROOT);
    }

    @Override
    public Path parsePath(URI uri) {
        if ("node".equals(uri.getScheme())) {
            return Path.of(VIRTUAL_ROOT + "builtin/" + uri.getSchemeSpecificPart());
        }
        return disk.parsePath(uri);
    }

    @Override
    public Path parsePath(String path) {
        return disk.parsePath(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... options) throws IOException {
        if (isVirtual(path)) {
            if (modes.contains(AccessMode.WRITE)) throw new java.nio.file.AccessDeniedException(path.toString());
            return;
        }
        disk.checkAccess(path, modes, options);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        throw new java.nio.file.AccessDeniedException(dir.toString());
    }

    @Override
    public void delete(Path path) throws IOException {
        throw new java.nio.file.AccessDeniedException(path.toString());
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        if (options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND)) {
            throw new java.nio.file.AccessDeniedException(path.toString());
        }
        String text = runtime.helper("moduleSource").execute(path.toString()).asString();
        return new ReadOnlyChannel(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
        return disk.newDirectoryStream(dir, filter);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        if (path.isAbsolute()) return path;
        var process = (dev.jnode.binding.ProcessMethodsBinding) runtime.binding("process_methods");
        return Path.of(process.cwd()).resolve(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... options) throws IOException {
        if (isVirtual(path)) return path;
        return disk.toRealPath(toAbsolutePath(path), options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        if (!isVirtual(path)) return disk.readAttributes(path, attributes, options);
        Map<String, Object> attrs = new HashMap<>();
        FileTime epoch = FileTime.fromMillis(0);
        attrs.put("isRegularFile", true);
        attrs.put("isDirectory", false);
        attrs.put("isSymbolicLink", false);
        attrs.put("isOther", false);
        attrs.put("size", 0L);
        attrs.put("lastModifiedTime", epoch);
        attrs.put("lastAccessTime", epoch);
        attrs.put("creationTime", epoch);
        attrs.put("fileKey", null);
        return attrs;
    }

    /** The generated module text, readable and seekable. */
    private static final class ReadOnlyChannel implements SeekableByteChannel {
        private final byte[] bytes;
        private int position;
        private boolean open = true;

        ReadOnlyChannel(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (position >= bytes.length) return -1;
            int n = Math.min(dst.remaining(), bytes.length - position);
            dst.put(bytes, position, n);
            position += n;
            return n;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = (int) Math.min(newPosition, bytes.length);
            return this;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
