package dev.jnode.runtime;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The one Java object the bootstrap script receives. It hands out bindings and lets JS tell the
 * loop about queued ticks. Bootstrap code keeps it private; user code never sees it.
 */
public final class JsHost {
    private final NodeRuntime runtime;

    JsHost(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    /** internalBinding(id): the Java binding object for that id, created once per instance. */
    @HostAccess.Export
    public Object binding(String id) {
        return runtime.binding(id);
    }

    @HostAccess.Export
    public void setTickPending(boolean pending) {
        runtime.setTickPending(pending);
    }

    @HostAccess.Export
    public void setRejectionPending(boolean pending) {
        runtime.setRejectionPending(pending);
    }

    /** JS functions Java calls back into (e.g. to decorate a SyntaxError with its location). */
    @HostAccess.Export
    public void setHelpers(Value helpers) {
        runtime.setHelpers(helpers);
    }
}
