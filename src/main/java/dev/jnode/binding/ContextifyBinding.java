package dev.jnode.binding;

import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * internalBinding('contextify'): compiles user code with its file name, so stack traces and
 * syntax errors point at the user's file. The CommonJS wrapper is put on the code's first line,
 * keeping line numbers exact.
 */
public final class ContextifyBinding {
    private final NodeRuntime runtime;

    public ContextifyBinding(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Compiles {@code code} as the body of a function with the given comma-separated parameters
     * and returns that function. A syntax error is thrown to the caller, marked with its location.
     */
    @HostAccess.Export
    public Value compileFunction(String code, String filename, String params) {
        String wrapped = "(function (" + params + ") {" + code + "\n})";
        return eval(wrapped, filename, wrapperLength(params));
    }

    /** Runs {@code code} as a script in this context and returns its completion value. */
    @HostAccess.Export
    public Value runScript(String code, String filename) {
        return eval(code, filename, 0);
    }

    /**
     * Parses {@code code} as a script without running it (vm.Script's compile step); a syntax
     * error is thrown, marked with its location.
     */
    @HostAccess.Export
    public void checkScript(String code, String filename) {
        Source src = Source.newBuilder("js", code, filename).cached(false).buildLiteral();
        try {
            runtime.context().parse(src);
        } catch (PolyglotException e) {
            decorate(e, filename, 0);
            throw e;
        }
    }

    /**
     * Evaluates an ES module (its text already prepared by the ESM loader) synchronously, for
     * require() of ES modules; returns its namespace object. The module is registered under
     * {@code filename}, the key the engine also uses when the file is imported.
     */
    @HostAccess.Export
    public Value evalModule(String code, String filename) {
        Source src = Source.newBuilder("js", code, filename).mimeType("application/javascript+module")
                .cached(false).buildLiteral();
        try {
            return runtime.context().eval(src);
        } catch (PolyglotException e) {
            decorate(e, filename, 0);
            throw e;
        }
    }

    /** How many characters the wrapper adds in front of line 1, for column correction. */
    @HostAccess.Export
    public int wrapperLength(String params) {
        return "(function (".length() + params.length() + ") {".length();
    }

    private Value eval(String text, String filename, int firstLineShift) {
        Source src = Source.newBuilder("js", text, filename).cached(false).buildLiteral();
        try {
            return runtime.context().eval(src);
        } catch (PolyglotException e) {
            decorate(e, filename, firstLineShift);
            throw e;
        }
    }

    private void decorate(PolyglotException e, String filename, int firstLineShift) {
        if (e.isSyntaxError() && e.isGuestException() && e.getSourceLocation() != null) {
            var loc = e.getSourceLocation();
            int col = loc.getStartColumn();
            if (loc.getStartLine() == 1) col -= firstLineShift;
            runtime.helper("decorateSyntaxError").executeVoid(
                    e.getGuestObject(), filename, loc.getStartLine(), Math.max(1, col));
        }
    }
}
