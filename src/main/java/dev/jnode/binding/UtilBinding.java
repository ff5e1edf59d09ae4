package dev.jnode.binding;

import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * internalBinding('util'): what util.inspect and util.types need to know about an object that
 * plain JavaScript cannot find out without side effects. The engine's own description of a value
 * ({@link Value#toString()}) starts with its internal class ("Promise{[[PromiseStatus]]: ...",
 * "Map Iterator{}", "Arguments{...}", "[Module]") and is not affected by Symbol.toStringTag; a
 * proxy's meta object is the non-callable "Proxy".
 */
public final class UtilBinding {
    private static final String STATUS = "[[PromiseStatus]]: \"";
    private static final String RESULT = "[[PromiseValue]]: ";

    public UtilBinding(NodeRuntime runtime) {
    }

    private static boolean proxy(Value v) {
        if (v == null) return false;
        Value meta = v.getMetaObject();
        return meta != null && !meta.canExecute() && meta.isMetaObject()
                && "Proxy".equals(meta.getMetaQualifiedName());
    }

    /** True for a Proxy object (revoked or not). */
    @HostAccess.Export
    public boolean isProxy(Value v) {
        return proxy(v);
    }

    /** True for a revoked Proxy (its target and handler are gone). */
    @HostAccess.Export
    public boolean isRevokedProxy(Value v) {
        return proxy(v) && v.toString().startsWith("Proxy(null, null)");
    }

    /** -1 when {@code v} is not a promise, else 0 pending, 1 fulfilled, 2 rejected. */
    @HostAccess.Export
    public int promiseState(Value v) {
        if (proxy(v)) return -1;
        String s = v.toString();
        if (!s.startsWith("Promise{")) return -1;
        int at = s.indexOf(STATUS);
        if (at < 0) return -1;
        int from = at + STATUS.length();
        if (s.startsWith("pending\"", from)) return 0;
        if (s.startsWith("resolved\"", from) || s.startsWith("fulfilled\"", from)) return 1;
        if (s.startsWith("rejected\"", from)) return 2;
        return -1;
    }

    /** The engine's description of a settled promise's value ("42", "\"text\"", "{a: 1}"). */
    @HostAccess.Export
    public String promiseResultText(Value v) {
        String s = v.toString();
        int at = s.indexOf(STATUS);
        if (at < 0) return "";
        int r = s.indexOf(RESULT, at);
        if (r < 0) return "";
        int end = s.endsWith("}") ? s.length() - 1 : s.length();
        return s.substring(r + RESULT.length(), end);
    }

    /**
     * The engine's internal class of an object: "Map Iterator", "Set Iterator", "Generator",
     * "AsyncGenerator", "Arguments", "Module", "Proxy", or "" for anything else.
     */
    @HostAccess.Export
    public String engineClass(Value v) {
        if (proxy(v)) return "Proxy";
        if (v.canExecute()) return "";
        String s = v.toString();
        if (s.startsWith("[Module")) return "Module";
        int brace = s.indexOf('{');
        if (brace <= 0) return "";
        for (int i = 0; i < brace; i++) {
            char c = s.charAt(i);
            if (!(Character.isLetter(c) || c == ' ')) return "";
        }
        return s.substring(0, brace);
    }
}
