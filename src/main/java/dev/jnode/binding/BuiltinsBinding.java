package dev.jnode.binding;

import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** internalBinding('builtins'): the core modules' compiled wrapper functions and their ids. */
public final class BuiltinsBinding {
    private final NodeRuntime runtime;

    public BuiltinsBinding(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    /** The ids of the public core modules, joined with commas. */
    @HostAccess.Export
    public String publicIds() {
        return String.join(",", runtime.platform().publicLibIds());
    }

    @HostAccess.Export
    public boolean exists(String id) {
        return runtime.platform().hasLib(id);
    }

    /** The wrapper function of lib/{@code id}.js, compiled from the Engine-wide cached Source. */
    @HostAccess.Export
    public Value compile(String id) {
        Source s = runtime.platform().libSource(id);
        if (s == null) return null;
        return runtime.context().eval(s);
    }
}
