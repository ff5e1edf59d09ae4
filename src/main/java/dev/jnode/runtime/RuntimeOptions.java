package dev.jnode.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one runtime instance is started with; the CLI fills it from node-style arguments. */
public final class RuntimeOptions {
    /** The script to run (as given), or null for -e/-p/stdin. */
    public String script;
    /** Source for -e / -p, or the program read from stdin. */
    public String evalSource;
    /** Name of the eval'd program: "[eval]" or "[stdin]". */
    public String evalName = "[eval]";
    /** --input-type: "commonjs" (default) or "module", for -e/-p and stdin programs. */
    public String inputType = "commonjs";
    /** -p: print the result of evalSource. */
    public boolean print;
    /** -r modules, preloaded in order. */
    public final List<String> requires = new ArrayList<>();
    /** Arguments after the script (process.argv.slice(2)). */
    public final List<String> args = new ArrayList<>();
    /** Options given to jnode itself (process.execArgv). */
    public final List<String> execArgv = new ArrayList<>();
    /** process.argv0: what the user typed to start jnode. */
    public String argv0 = "jnode";
    /** process.execPath. */
    public String execPath = "jnode";
    /** The starting working directory. */
    public String cwd = System.getProperty("user.dir");
    /** The environment; copied into process.env. */
    public Map<String, String> env = new LinkedHashMap<>(System.getenv());
    /** Where fds 0, 1 and 2 go. */
    public InputStream stdin = System.in;
    public OutputStream stdout = new java.io.FileOutputStream(java.io.FileDescriptor.out);
    public OutputStream stderr = new java.io.FileOutputStream(java.io.FileDescriptor.err);
    /** Whether fds 0, 1, 2 are terminals (the CLI asks the OS; a harness says no). */
    public boolean[] isTTY = {false, false, false};
    /** Unhandled rejection mode: throw (Node's default), strict, warn, none, warn-with-error-code. */
    public String unhandledRejections = "throw";
    /** --no-deprecation, --throw-deprecation, --trace-deprecation, --no-warnings, --trace-warnings. */
    public boolean noDeprecation;
    public boolean throwDeprecation;
    public boolean traceDeprecation;
    public boolean noWarnings;
    public boolean traceWarnings;
    /** --stack-trace-limit via --stack-size-like flags is not supported; Error.stackTraceLimit is. */
    public int stackTraceLimit = 10;
}
