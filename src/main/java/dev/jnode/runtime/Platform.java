package dev.jnode.runtime;

import dev.jnode.loop.WorkerPool;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every runtime instance in one JVM shares: the polyglot Engine (so compiled code is reused
 * across instances), the cached Sources of the core modules, and the worker pool. Nothing here is
 * static: an embedder may create several platforms, and a test harness creates one for hundreds
 * of runtimes.
 */
public final class Platform implements AutoCloseable {
    /** The Node.js release whose behaviour jnode targets. */
    public static final String NODE_VERSION = "v26.10.0";
    /** jnode's own version. */
    public static final String JNODE_VERSION = "0.1.0";

    private final Engine engine;
    private final WorkerPool pool;
    private final Path libDir;
    private final Map<String, Source> libSources = new ConcurrentHashMap<>();

    public Platform() {
        this(System.getenv("UV_THREADPOOL_SIZE"));
    }

    public Platform(String threadPoolSize) {
        this.engine = Engine.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "true")
                .build();
        this.pool = new WorkerPool(WorkerPool.sizeFromEnv(threadPoolSize));
        String dir = System.getProperty("jnode.libDir");
        this.libDir = dir == null ? null : Path.of(dir);
        dev.jnode.binding.tls.TlsPolicy.apply();
    }

    public Engine engine() {
        return engine;
    }

    public WorkerPool pool() {
        return pool;
    }

    /**
     * The source of a core module file, {@code lib/<id>.js}, cached so every context compiles it
     * once per Engine. Read from the source tree when {@code -Djnode.libDir} is set (a checkout),
     * otherwise from the jar's resources. Returns null when there is no such file.
     */
    public Source libSource(String id) {
        Source s = libSources.get(id);
        if (s != null) return s;
        String text = readLib(id);
        if (text == null) return null;
        // Core modules are function bodies; the wrapper stays on line 1 so line numbers are kept.
        String wrapped = "(function (exports, require, module, process, internalBinding, primordials) {"
                + text + "\n})";
        s = Source.newBuilder("js", wrapped, "node:" + id).cached(true).buildLiteral();
        Source prev = libSources.putIfAbsent(id, s);
        return prev != null ? prev : s;
    }

    /** True when lib/{@code id}.js exists. */
    public boolean hasLib(String id) {
        return libSources.containsKey(id) || readLib(id) != null;
    }

    /**
     * The ids of the public core modules: every {@code lib/<id>.js} outside {@code lib/internal},
     * with sub-folders giving ids like {@code fs/promises}.
     */
    public java.util.List<String> publicLibIds() {
        java.util.List<String> ids = new java.util.ArrayList<>();
        try {
            Path root;
            java.nio.file.FileSystem jarFs = null;
            if (libDir != null) {
                root = libDir.resolve("lib");
            } else {
                java.net.URI uri = Platform.class.getResource("/lib/").toURI();
                if ("jar".equals(uri.getScheme())) {
                    try {
                        jarFs = java.nio.file.FileSystems.newFileSystem(uri, Map.of());
                    } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                        jarFs = null;
                    }
                }
                root = Path.of(uri);
            }
            try (var walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".js")).forEach(p -> {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    if (!rel.startsWith("internal/")) ids.add(rel.substring(0, rel.length() - 3));
                });
            } finally {
                if (jarFs != null) jarFs.close();
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot list jnode's core modules", e);
        }
        java.util.Collections.sort(ids);
        return ids;
    }

    private String readLib(String id) {
        String rel = "lib/" + id + ".js";
        try {
            if (libDir != null) {
                Path p = libDir.resolve(rel);
                return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
            }
            try (InputStream in = Platform.class.getResourceAsStream("/" + rel)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        pool.close();
        engine.close();
    }
}
