package dev.jnode.cli;

/** The text of {@code jnode --help}. */
final class Help {
    static final String TEXT = """
            Usage: jnode [options] [ script.js ] [arguments]
                   jnode [options] -e "script" [arguments]
                   jnode [options] -p "script" [arguments]

            A Node.js-compatible JavaScript runtime on the JVM (targets Node.js %s).

            Options:
              -                            script read from stdin (default if no file name is provided)
              --                           indicate the end of jnode options
              -e, --eval=...               evaluate script
              -p, --print [...]            evaluate script and print result
              -r, --require=...            CommonJS module to preload (option can be repeated)
              -v, --version                print the Node.js version jnode targets
              -h, --help                   print this help
              --max-old-space-size=MB      heap limit of the JVM, in megabytes
              --unhandled-rejections=...   throw (default), strict, warn, none, warn-with-error-code
              --no-warnings                silence all process warnings
              --no-deprecation             silence deprecation warnings
              --throw-deprecation          throw an exception on deprecations
              --trace-deprecation          show stack traces on deprecations
              --trace-warnings             show stack traces on process warnings

            Environment variables:
              JAVA_HOME                    the JDK (21 or newer) bin/jnode starts
              UV_THREADPOOL_SIZE           threads in the pool for blocking work (default 4)
              NODE_DEBUG                   core modules to print debug information for
            """.formatted(dev.jnode.runtime.Platform.NODE_VERSION);

    private Help() {
    }
}
