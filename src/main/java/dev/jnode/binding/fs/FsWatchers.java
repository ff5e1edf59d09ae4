package dev.jnode.binding.fs;

import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * fs.watch for one runtime: a {@link WatchService} (inotify on Linux) read by one daemon thread
 * that posts each event to the loop. A file is watched through its directory, filtered by name.
 * Each active, ref'd watcher keeps the loop alive as a libuv fs_event handle does.
 */
public final class FsWatchers implements AutoCloseable {
    private final NodeRuntime runtime;
    private WatchService service;
    private Thread thread;
    private int nextId = 1;
    private boolean closed;

    // all touched from the loop thread and the reader thread: guarded by this
    private final Map<Integer, Watcher> watchers = new HashMap<>();
    private final Map<WatchKey, Path> keyDirs = new HashMap<>();

    private static final class Watcher {
        final int id;
        final Path root;       // the directory registered
        final String fileName; // non-null when watching one file in root
        final boolean recursive;
        final Value callback;
        boolean refed = true;
        boolean active = true;
        final List<WatchKey> keys = new ArrayList<>();

        Watcher(int id, Path root, String fileName, boolean recursive, Value callback) {
            this.id = id;
            this.root = root;
            this.fileName = fileName;
            this.recursive = recursive;
            this.callback = callback;
        }
    }

    public FsWatchers(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    /** Called on the loop thread. */
    public int start(Path path, boolean recursive, Value callback) throws IOException {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        Watcher w;
        synchronized (this) {
            if (closed) throw new FsException(-9, "watch");
            if (service == null) {
                service = FileSystems.getDefault().newWatchService();
                thread = new Thread(this::readEvents, "jnode-fs-watch");
                thread.setDaemon(true);
                thread.start();
            }
            if (a.isDirectory()) {
                w = new Watcher(nextId++, path, null, recursive, callback);
                register(w, path);
                if (recursive) registerTree(w, path);
            } else {
                Path parent = path.toAbsolutePath().getParent();
                w = new Watcher(nextId++, parent, path.getFileName().toString(), false, callback);
                register(w, parent);
            }
            watchers.put(w.id, w);
        }
        runtime.loop().refHandle();
        return w.id;
    }

    private void register(Watcher w, Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
        keyDirs.put(key, dir);
        if (!w.keys.contains(key)) w.keys.add(key);
    }

    private void registerTree(Watcher w, Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (!d.equals(dir)) register(w, d);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Called on the loop thread. */
    public void stop(int id) {
        Watcher w;
        synchronized (this) {
            w = watchers.remove(id);
            if (w == null) return;
            w.active = false;
            for (WatchKey k : w.keys) {
                boolean shared = false;
                for (Watcher o : watchers.values()) if (o.keys.contains(k)) shared = true;
                if (!shared) {
                    k.cancel();
                    keyDirs.remove(k);
                }
            }
        }
        if (w.refed) runtime.loop().unrefHandle();
    }

    public void ref(int id, boolean ref) {
        Watcher w;
        synchronized (this) {
            w = watchers.get(id);
        }
        if (w == null || w.refed == ref) return;
        w.refed = ref;
        if (ref) runtime.loop().refHandle();
        else runtime.loop().unrefHandle();
    }

    private void readEvents() {
        while (true) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            List<Object[]> out = new ArrayList<>();
            synchronized (this) {
                Path dir = keyDirs.get(key);
                for (WatchEvent<?> ev : key.pollEvents()) {
                    if (dir == null || ev.kind() == StandardWatchEventKinds.OVERFLOW) continue;
                    Path name = (Path) ev.context();
                    Path full = dir.resolve(name);
                    String type = ev.kind() == StandardWatchEventKinds.ENTRY_MODIFY ? "change" : "rename";
                    for (Watcher w : watchers.values()) {
                        if (!w.keys.contains(key)) continue;
                        String reported;
                        if (w.fileName != null) {
                            if (!name.toString().equals(w.fileName)) continue;
                            reported = w.fileName;
                        } else {
                            reported = w.root.relativize(full).toString();
                        }
                        if (w.recursive && ev.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(full)) {
                            try {
                                register(w, full);
                                registerTree(w, full);
                            } catch (IOException ignored) {
                                // gone again
                            }
                        }
                        out.add(new Object[] {w, type, reported});
                    }
                }
                if (!key.reset()) keyDirs.remove(key);
            }
            if (!out.isEmpty()) {
                runtime.loop().execute(() -> {
                    for (Object[] e : out) {
                        Watcher w = (Watcher) e[0];
                        if (w.active) runtime.makeCallback(w.callback, e[1], e[2]);
                    }
                });
            }
        }
    }

    @Override
    public void close() {
        WatchService s;
        synchronized (this) {
            closed = true;
            s = service;
            watchers.clear();
        }
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // ending
            }
        }
    }
}
