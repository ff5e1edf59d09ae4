package dev.jnode.binding;

import dev.jnode.runtime.NodeRuntime;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The per-instance registry behind {@code internalBinding(id)}: one Java class per id, created on
 * first use so a program pays only for the bindings it touches.
 */
public final class Bindings {
    private static final Map<String, Function<NodeRuntime, Object>> FACTORIES = Map.ofEntries(
            Map.entry("buffer", BufferBinding::new),
            Map.entry("builtins", BuiltinsBinding::new),
            Map.entry("cares_wrap", dev.jnode.binding.net.CaresWrapBinding::new),
            Map.entry("contextify", ContextifyBinding::new),
            Map.entry("crypto", dev.jnode.binding.crypto.CryptoBinding::new),
            Map.entry("fs", FsBinding::new),
            Map.entry("http_parser", dev.jnode.binding.http.HttpParserBinding::new),
            Map.entry("messaging", dev.jnode.binding.messaging.MessagingBinding::new),
            Map.entry("os", OsBinding::new),
            Map.entry("process_methods", ProcessMethodsBinding::new),
            Map.entry("process_wrap", ProcessWrapBinding::new),
            Map.entry("tcp_wrap", dev.jnode.binding.net.TcpWrapBinding::new),
            Map.entry("timers", TimersBinding::new),
            Map.entry("tls_wrap", dev.jnode.binding.tls.TlsWrapBinding::new),
            Map.entry("tty_wrap", TtyWrapBinding::new),
            Map.entry("udp_wrap", dev.jnode.binding.net.UdpWrapBinding::new),
            Map.entry("util", UtilBinding::new),
            Map.entry("v8", V8Binding::new),
            Map.entry("zlib", dev.jnode.binding.zlib.ZlibBinding::new));

    private final NodeRuntime runtime;
    private final Map<String, Object> created = new HashMap<>();

    public Bindings(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    /** The binding for {@code id}, or null when jnode has no such binding. */
    public Object get(String id) {
        Object b = created.get(id);
        if (b == null) {
            Function<NodeRuntime, Object> f = FACTORIES.get(id);
            if (f == null) return null;
            b = f.apply(runtime);
            created.put(id, b);
        }
        return b;
    }
}
