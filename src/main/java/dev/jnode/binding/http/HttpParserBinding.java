package dev.jnode.binding.http;

import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * internalBinding('http_parser'): {@link HttpParser} for node:http, fed the Buffers node:net
 * delivers.
 *
 * <p>The boundary is one call per chunk: {@link Handle#execute} copies the chunk out of the JS
 * ArrayBuffer in one bulk read and parses it; the results are in the handle's shared int buffer,
 * which JS wraps once as an Int32Array: [status, log size, consumed, error position, events…].
 * A head's strings come from one further call ({@link Handle#head}).
 */
public final class HttpParserBinding {
    /** Ints in a handle's shared buffer: 4 of header, then the event log. */
    static final int SHARED_INTS = 4 + 3 * 128;

    @SuppressWarnings("unused")
    private final NodeRuntime runtime;
    private byte[] scratch = new byte[16 * 1024];

    public HttpParserBinding(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    byte[] scratch(int n) {
        if (n > scratch.length) scratch = new byte[Math.max(n, scratch.length * 2)];
        return scratch;
    }

    /** Node's http.METHODS, comma-separated. */
    @HostAccess.Export
    public String methods() {
        return String.join(",", HttpParser.METHODS);
    }

    /** A new parser: type 1 = requests, 2 = responses. */
    @HostAccess.Export
    public Handle create(int type, int maxHeaderSize, boolean lenient) {
        return new Handle(this, type, maxHeaderSize, lenient);
    }

    /** One parser as JS holds it. */
    public static final class Handle {
        private final HttpParserBinding b;
        private final ByteBuffer shared;
        private final IntBuffer header;
        private final HttpParser parser;

        Handle(HttpParserBinding b, int type, int maxHeaderSize, boolean lenient) {
            this.b = b;
            this.shared = ByteBuffer.allocateDirect(SHARED_INTS * 4).order(ByteOrder.nativeOrder());
            IntBuffer all = shared.asIntBuffer();
            this.header = all.duplicate();
            IntBuffer log = all.position(4).slice();
            this.parser = new HttpParser(type, maxHeaderSize, lenient, log);
        }

        /** The results buffer (JS wraps it once with new ArrayBuffer). */
        @HostAccess.Export
        public ByteBuffer shared() {
            return shared;
        }

        /**
         * Parses {@code length} bytes of the ArrayBuffer {@code ab} from {@code offset}; returns the
         * status (also at shared[0]). Body event offsets are relative to {@code offset}.
         */
        @HostAccess.Export
        public int execute(Value ab, double offset, int length) {
            byte[] bytes = b.scratch(length);
            if (length > 0) ab.readBuffer((long) offset, bytes, 0, length);
            int consumed = parser.execute(bytes, 0, length);
            return publish(consumed);
        }

        /** The peer ended: completes a read-until-close body or reports a cut message. */
        @HostAccess.Export
        public int finish() {
            parser.finish();
            return publish(0);
        }

        private int publish(int consumed) {
            int st = parser.status();
            header.put(0, st).put(1, parser.logSize()).put(2, consumed).put(3, parser.errorPos());
            return st;
        }

        /** [method, url, major, minor, status, statusMessage, "name\0value\0…", upgrade, keepAlive] */
        @HostAccess.Export
        public Object[] head(int index) {
            HttpParser.Head h = parser.heads().get(index);
            return new Object[] {h.method, h.url, h.versionMajor, h.versionMinor, h.statusCode,
                h.statusMessage, String.join("\0", h.headers), h.upgrade, h.shouldKeepAlive};
        }

        @HostAccess.Export
        public String errorCode() {
            return parser.errorCode();
        }

        @HostAccess.Export
        public String errorReason() {
            return parser.errorReason();
        }

        @HostAccess.Export
        public int resumeWithoutUpgrade() {
            parser.resumeWithoutUpgrade();
            return publish(0);
        }

        @HostAccess.Export
        public void reset() {
            parser.reset();
        }

        @HostAccess.Export
        public void setHeadRequest(boolean on) {
            parser.setHeadRequest(on);
        }

        @HostAccess.Export
        public void setConnectRequest(boolean on) {
            parser.setConnectRequest(on);
        }

        @HostAccess.Export
        public void setMaxHeaderSize(int n) {
            parser.setMaxHeaderSize(n);
        }

        @HostAccess.Export
        public void setLenient(boolean on) {
            parser.setLenient(on);
        }

        @HostAccess.Export
        public int type() {
            return parser.type();
        }
    }
}
