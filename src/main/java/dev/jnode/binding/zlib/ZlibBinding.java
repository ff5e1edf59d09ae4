package dev.jnode.binding.zlib;

import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * internalBinding('zlib'): {@link ZlibStream}s for node:zlib. Input is read from the JS
 * ArrayBuffer in one bulk copy; output comes back as a direct ByteBuffer JS wraps and copies.
 */
public final class ZlibBinding {
    @SuppressWarnings("unused")
    private final NodeRuntime runtime;

    public ZlibBinding(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    static byte[] bytes(Value ab, double offset, int length) {
        byte[] b = new byte[length];
        if (length > 0) ab.readBuffer((long) offset, b, 0, length);
        return b;
    }

    /** A stream; {@code dict} is an ArrayBuffer (with offset/length) or null. */
    @HostAccess.Export
    public Handle create(int mode, int level, int strategy, Value dict, double dictOffset, int dictLength) {
        byte[] d = dict == null || dict.isNull() ? null : bytes(dict, dictOffset, dictLength);
        return new Handle(new ZlibStream(mode, level, strategy, d));
    }

    @HostAccess.Export
    public double crc32(Value ab, double offset, int length, double initial) {
        CRC32 c = new CRC32();
        byte[] b = bytes(ab, offset, length);
        long init = (long) initial;
        if (init == 0) {
            c.update(b);
            return c.getValue();
        }
        return combineFrom(init, b);
    }

    /** CRC-32 continued from a previous value (the JDK's CRC32 cannot be seeded). */
    private static double combineFrom(long crc, byte[] b) {
        long c = ~crc & 0xffffffffL;
        for (byte x : b) {
            c ^= x & 0xff;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? (c >>> 1) ^ 0xEDB88320L : c >>> 1;
        }
        return ~c & 0xffffffffL;
    }

    public static final class Handle {
        private final ZlibStream z;
        private String errorMessage;
        private int errno;

        Handle(ZlibStream z) {
            this.z = z;
        }

        /** The output for this input, or null on error (then errorMessage()/errno()). */
        @HostAccess.Export
        public ByteBuffer process(Value ab, double offset, int length, int flush) {
            try {
                byte[] out = z.process(bytes(ab, offset, length), 0, length, flush);
                ByteBuffer bb = ByteBuffer.allocateDirect(out.length);
                bb.put(out).flip();
                return bb;
            } catch (ZlibStream.ZlibError e) {
                errorMessage = e.getMessage();
                errno = e.errno;
                return null;
            }
        }

        @HostAccess.Export
        public String errorMessage() {
            return errorMessage;
        }

        @HostAccess.Export
        public int errno() {
            return errno;
        }

        @HostAccess.Export
        public void reset() {
            z.reset();
        }

        @HostAccess.Export
        public void params(int level, int strategy) {
            z.params(level, strategy);
        }

        @HostAccess.Export
        public void close() {
            z.close();
        }
    }
}
