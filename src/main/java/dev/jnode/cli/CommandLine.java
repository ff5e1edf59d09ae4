package dev.jnode.cli;

import dev.jnode.runtime.RuntimeOptions;

import java.util.List;
import java.util.Set;

/**
 * Parses node-style arguments: options for jnode come before the script, everything after the
 * script belongs to the program. Errors are reported as node reports them (exit code 9).
 */
public final class CommandLine {

    /** What the command line asks for besides running a program. */
    public enum Action { RUN, VERSION, HELP, V8_OPTIONS }

    /** A command-line mistake: the message is printed as is and jnode exits with 9. */
    public static final class BadOption extends Exception {
        public BadOption(String message) {
            super(message);
        }
    }

    /**
     * Options accepted with no handling here: V8 engine tuning that has no meaning for jnode, and
     * a few that JS reads back from process.execArgv (--expose-gc defines globalThis.gc).
     */
    private static final Set<String> IGNORED = Set.of(
            "--expose-gc", "--expose_gc", "--no-experimental-fetch", "--experimental-vm-modules",
            "--no-experimental-global-navigator", "--harmony", "--allow-natives-syntax",
            "--enable-source-maps", "--preserve-symlinks", "--preserve-symlinks-main",
            "--no-addons", "--no-global-search-paths", "--pending-deprecation",
            "--no-experimental-require-module", "--experimental-require-module",
            "--abort-on-uncaught-exception", "--no-node-snapshot");

    private CommandLine() {
    }

    public static Action parse(List<String> argv, RuntimeOptions o) throws BadOption {
        int i = 0;
        while (i < argv.size()) {
            String a = argv.get(i);
            if (!a.startsWith("-") || a.equals("-")) break;
            if (a.equals("--")) {
                i++;
                break;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            switch (name) {
                case "-v", "--version" -> {
                    return Action.VERSION;
                }
                case "-h", "--help" -> {
                    return Action.HELP;
                }
                case "--v8-options" -> {
                    return Action.V8_OPTIONS;
                }
                case "-p", "--print" -> {
                    // A flag that also takes the code when the next argument is not an option;
                    // without code the program comes from stdin. (Node ignores --print=value.)
                    o.print = true;
                    o.execArgv.add(a);
                    if (value == null && i + 1 < argv.size() && !argv.get(i + 1).startsWith("-")) {
                        o.evalSource = argv.get(++i);
                        o.evalName = "[eval]";
                        o.execArgv.add(o.evalSource);
                    }
                }
                case "-e", "--eval", "-pe", "-ep" -> {
                    boolean alias = name.equals("-pe") || name.equals("-ep");
                    if (alias) o.print = true;
                    o.execArgv.add(a);
                    if (value == null) {
                        if (i + 1 >= argv.size() || argv.get(i + 1).startsWith("-")) {
                            throw new BadOption(Main.NAME + ": " + (alias ? "--eval" : a) + " requires an argument");
                        }
                        value = argv.get(++i);
                        o.execArgv.add(value);
                    }
                    o.evalSource = value;
                    o.evalName = "[eval]";
                }
                case "-r", "--require" -> {
                    if (value == null) {
                        if (i + 1 >= argv.size() || argv.get(i + 1).startsWith("-")) {
                            throw new BadOption(Main.NAME + ": " + a + " requires an argument");
                        }
                        value = argv.get(++i);
                        o.execArgv.add(a);
                        o.execArgv.add(value);
                    } else {
                        o.execArgv.add(a);
                    }
                    o.requires.add(value);
                }
                case "--max-old-space-size", "--stack-size", "--max-semi-space-size" -> {
                    // The heap limit is applied by bin/jnode when it starts the JVM (-Xmx).
                    if (value == null) throw new BadOption(Main.NAME + ": " + a + " requires an argument");
                    o.execArgv.add(a);
                }
                case "--input-type" -> {
                    if (value == null) {
                        if (i + 1 >= argv.size()) throw new BadOption(Main.NAME + ": --input-type requires an argument");
                        value = argv.get(++i);
                        o.execArgv.add(a);
                        o.execArgv.add(value);
                    } else {
                        o.execArgv.add(a);
                    }
                    if (!Set.of("module", "commonjs", "module-typescript", "commonjs-typescript").contains(value)) {
                        throw new BadOption(Main.NAME + ": --input-type must be \"module\",\"commonjs\", "
                                + "\"module-typescript\" or \"commonjs-typescript\"");
                    }
                    if (value.endsWith("-typescript")) {
                        throw new BadOption(Main.NAME + ": --input-type=" + value
                                + ": TypeScript input is not implemented in jnode yet (ERR_NOT_IMPLEMENTED)");
                    }
                    o.inputType = value;
                }
                case "--max-http-header-size" -> {
                    // node:http reads it back from process.execArgv
                    if (value == null && i + 1 < argv.size()) value = argv.get(++i);
                    if (value == null || !value.matches("\\d{1,9}")) {
                        throw new BadOption(Main.NAME + ": --max-http-header-size requires a non-negative integer");
                    }
                    o.execArgv.add("--max-http-header-size=" + value);
                }
                case "--insecure-http-parser" -> o.execArgv.add(a);
                // node:net reads these back from process.execArgv
                case "--network-family-autoselection", "--no-network-family-autoselection" -> o.execArgv.add(a);
                case "--network-family-autoselection-attempt-timeout" -> {
                    if (value == null && i + 1 < argv.size()) value = argv.get(++i);
                    if (value == null || !value.matches("\\d{1,9}")) {
                        throw new BadOption(Main.NAME + ": --network-family-autoselection-attempt-timeout requires a non-negative integer");
                    }
                    o.execArgv.add("--network-family-autoselection-attempt-timeout=" + value);
                }
                case "--dns-result-order" -> {
                    // node:dns reads it back from process.execArgv
                    if (value == null && i + 1 < argv.size()) value = argv.get(++i);
                    if (value == null || !Set.of("verbatim", "ipv4first", "ipv6first").contains(value)) {
                        throw new BadOption(Main.NAME + ": invalid value for --dns-result-order");
                    }
                    o.execArgv.add("--dns-result-order=" + value);
                }
                // node:tls reads these back from process.execArgv (the CA options all mean the
                // JDK's trust store: jnode has no other)
                case "--tls-min-v1.0", "--tls-min-v1.1", "--tls-min-v1.2", "--tls-min-v1.3", "--tls-max-v1.2",
                     "--tls-max-v1.3", "--use-system-ca", "--no-use-system-ca", "--use-bundled-ca",
                     "--use-openssl-ca", "--no-use-openssl-ca" -> o.execArgv.add(a);
                case "--tls-cipher-list" -> {
                    if (value == null) throw new BadOption(Main.NAME + ": " + a + " requires an argument");
                    o.execArgv.add("--tls-cipher-list=" + value);
                }
                case "--unhandled-rejections" -> {
                    if (value == null || !Set.of("strict", "warn", "none", "throw", "warn-with-error-code").contains(value)) {
                        throw new BadOption(Main.NAME + ": invalid value for --unhandled-rejections");
                    }
                    o.unhandledRejections = value;
                    o.execArgv.add(a);
                }
                case "--no-warnings" -> {
                    o.noWarnings = true;
                    o.execArgv.add(a);
                }
                case "--no-deprecation" -> {
                    o.noDeprecation = true;
                    o.execArgv.add(a);
                }
                case "--throw-deprecation" -> {
                    o.throwDeprecation = true;
                    o.execArgv.add(a);
                }
                case "--trace-deprecation" -> {
                    o.traceDeprecation = true;
                    o.execArgv.add(a);
                }
                case "--trace-warnings" -> {
                    o.traceWarnings = true;
                    o.execArgv.add(a);
                }
                default -> {
                    if (IGNORED.contains(name)) {
                        o.execArgv.add(a);
                    } else {
                        throw new BadOption(Main.NAME + ": bad option: " + a);
                    }
                }
            }
            i++;
        }
        if (o.execArgv.contains("--tls-min-v1.3") && o.execArgv.contains("--tls-max-v1.2")) {
            throw new BadOption(Main.NAME + ": either --tls-min-v1.3 or --tls-max-v1.2 can be used, not both");
        }
        if (o.evalSource == null && i < argv.size()) {
            String script = argv.get(i++);
            // "-" reads the program from stdin and stays in process.argv, as in Node.
            if (script.equals("-")) o.args.add("-");
            else o.script = script;
        }
        while (i < argv.size()) o.args.add(argv.get(i++));
        return Action.RUN;
    }
}
