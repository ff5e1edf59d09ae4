package dev.jnode.binding.zlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * One zlib stream — deflate, inflate, gzip, gunzip, raw deflate/inflate or unzip (gzip or zlib,
 * detected) — on the JDK's {@link Deflater}/{@link Inflater}. The gzip wrapper (header, CRC-32 and
 * size trailer, concatenated members) is done here, since the JDK offers it only as blocking
 * streams. Pure Java, no JS types: {@link ZlibBinding} adapts it.
 *
 * <p>Limits: the JDK fixes the window at 32 KiB and memLevel at 8, so windowBits and memLevel are
 * accepted but do not change the output (which stays valid for any reader).
 */
public final class ZlibStream {
    public static final int DEFLATE = 1;
    public static final int INFLATE = 2;
    public static final int GZIP = 3;
    public static final int GUNZIP = 4;
    public static final int DEFLATERAW = 5;
    public static final int INFLATERAW = 6;
    public static final int UNZIP = 7;

    public static final int Z_NO_FLUSH = 0;
    public static final int Z_PARTIAL_FLUSH = 1;
    public static final int Z_SYNC_FLUSH = 2;
    public static final int Z_FULL_FLUSH = 3;
    public static final int Z_FINISH = 4;
    public static final int Z_BLOCK = 5;

    /** zlib's error numbers, as Node reports them in err.errno. */
    public static final int Z_NEED_DICT = 2;
    public static final int Z_DATA_ERROR = -3;
    public static final int Z_BUF_ERROR = -5;

    /** Thrown for corrupt input: zlib's message and error number. */
    public static final class ZlibError extends Exception {
        public final int errno;

        ZlibError(String message, int errno) {
            super(message, null, false, false);
            this.errno = errno;
        }
    }

    private int mode;
    private final int level;
    private int strategy;
    private final byte[] dictionary;
    private Deflater deflater;
    private Inflater inflater;
    private final CRC32 crc = new CRC32();
    private long size;
    private boolean headerWritten;
    private boolean ended;

    // gunzip state
    private static final int G_HEADER = 0;
    private static final int G_BODY = 1;
    private static final int G_TRAILER = 2;
    private static final int G_DONE = 3;
    private int gstate = G_HEADER;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    public ZlibStream(int mode, int level, int strategy, byte[] dictionary) {
        this.mode = mode;
        this.level = level;
        this.strategy = strategy;
        this.dictionary = dictionary;
        init();
    }

    private void init() {
        switch (mode) {
            case DEFLATE, GZIP, DEFLATERAW -> {
                deflater = new Deflater(level, mode != DEFLATE);
                deflater.setStrategy(javaStrategy(strategy));
                if (dictionary != null && mode != GZIP) deflater.setDictionary(dictionary);
            }
            case INFLATE, GUNZIP, INFLATERAW, UNZIP -> {
                inflater = new Inflater(mode != INFLATE);
                if (dictionary != null && mode == INFLATERAW) inflater.setDictionary(dictionary);
            }
            default -> throw new IllegalArgumentException("mode " + mode);
        }
    }

    private static int javaStrategy(int s) {
        return switch (s) {
            case 1 -> Deflater.FILTERED;
            case 2 -> Deflater.HUFFMAN_ONLY;
            default -> Deflater.DEFAULT_STRATEGY; // RLE and FIXED have no JDK equivalent
        };
    }

    public void reset() {
        if (deflater != null) deflater.end();
        if (inflater != null) inflater.end();
        deflater = null;
        inflater = null;
        crc.reset();
        size = 0;
        headerWritten = false;
        ended = false;
        gstate = G_HEADER;
        pending.reset();
        if (mode == INFLATE || mode == GUNZIP) {
            // an unzip stream stays what it detected; a fresh one detects again
        }
        init();
    }

    public void params(int newLevel, int newStrategy) {
        if (deflater != null) {
            deflater.setLevel(newLevel);
            deflater.setStrategy(javaStrategy(newStrategy));
        }
        strategy = newStrategy;
    }

    public void close() {
        if (deflater != null) deflater.end();
        if (inflater != null) inflater.end();
        ended = true;
    }

    /** Processes {@code len} bytes of {@code in} with the given flush; returns the output. */
    public byte[] process(byte[] in, int off, int len, int flush) throws ZlibError {
        if (ended) return new byte[0];
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, len));
        if (deflater != null) deflate(in, off, len, flush, out);
        else {
            inflate(in, off, len, out);
            if (flush == Z_FINISH && !finished()) throw new ZlibError("unexpected end of file", Z_BUF_ERROR);
        }
        return out.toByteArray();
    }

    // ---- compression ----

    private void deflate(byte[] in, int off, int len, int flush, ByteArrayOutputStream out) {
        if (mode == GZIP && !headerWritten) {
            out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3}, 0, 10);
            headerWritten = true;
        }
        if (mode == GZIP && len > 0) {
            crc.update(in, off, len);
            size += len;
        }
        deflater.setInput(in, off, len);
        byte[] buf = new byte[Math.max(1024, Math.min(64 * 1024, len + 64))];
        if (flush == Z_FINISH) {
            if (deflater.finished()) return;
            deflater.finish();
            while (!deflater.finished()) {
                int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                out.write(buf, 0, n);
            }
            if (mode == GZIP) {
                long c = crc.getValue();
                out.write(new byte[] {(byte) c, (byte) (c >> 8), (byte) (c >> 16), (byte) (c >> 24),
                    (byte) size, (byte) (size >> 8), (byte) (size >> 16), (byte) (size >> 24)}, 0, 8);
            }
            return;
        }
        int jflush = switch (flush) {
            case Z_SYNC_FLUSH, Z_PARTIAL_FLUSH, Z_BLOCK -> Deflater.SYNC_FLUSH;
            case Z_FULL_FLUSH -> Deflater.FULL_FLUSH;
            default -> Deflater.NO_FLUSH;
        };
        while (true) {
            int n = deflater.deflate(buf, 0, buf.length, jflush);
            out.write(buf, 0, n);
            if (n < buf.length && deflater.needsInput()) break;
        }
    }

    // ---- decompression ----

    private void inflate(byte[] in, int off, int len, ByteArrayOutputStream out) throws ZlibError {
        if (mode == UNZIP) {
            pending.write(in, off, len);
            if (pending.size() < 2) return;
            byte[] p = pending.toByteArray();
            pending.reset();
            boolean gz = (p[0] & 0xff) == 0x1f && (p[1] & 0xff) == 0x8b;
            mode = gz ? GUNZIP : INFLATE;
            inflater.end();
            inflater = new Inflater(gz);
            in = p;
            off = 0;
            len = p.length;
        }
        if (mode == GUNZIP) {
            gunzip(in, off, len, out);
            return;
        }
        inflater.setInput(in, off, len);
        drain(out);
    }

    private void drain(ByteArrayOutputStream out) throws ZlibError {
        byte[] buf = new byte[16 * 1024];
        try {
            while (true) {
                int n = inflater.inflate(buf);
                if (n > 0) {
                    out.write(buf, 0, n);
                    if (mode == GUNZIP) {
                        crc.update(buf, 0, n);
                        size += n;
                    }
                    continue;
                }
                if (inflater.needsDictionary()) {
                    if (dictionary == null) throw new ZlibError("Missing dictionary", Z_NEED_DICT);
                    try {
                        inflater.setDictionary(dictionary);
                    } catch (IllegalArgumentException e) {
                        throw new ZlibError("Bad dictionary", Z_DATA_ERROR);
                    }
                    continue;
                }
                break;
            }
        } catch (DataFormatException e) {
            String m = e.getMessage();
            throw new ZlibError(m == null ? "invalid data" : m, Z_DATA_ERROR);
        }
    }

    private void gunzip(byte[] in, int off, int len, ByteArrayOutputStream out) throws ZlibError {
        pending.write(in, off, len);
        while (true) {
            if (gstate == G_HEADER) {
                byte[] p = pending.toByteArray();
                int h = gzipHeaderLength(p);
                if (h < 0) return; // need more
                pending.reset();
                pending.write(p, h, p.length - h);
                gstate = G_BODY;
                crc.reset();
                size = 0;
            }
            if (gstate == G_BODY) {
                byte[] p = pending.toByteArray();
                pending.reset();
                inflater.setInput(p);
                drain(out);
                if (!inflater.finished()) return;
                int rem = inflater.getRemaining();
                pending.write(p, p.length - rem, rem);
                gstate = G_TRAILER;
            }
            if (gstate == G_TRAILER) {
                if (pending.size() < 8) return;
                byte[] p = pending.toByteArray();
                long c = (p[0] & 0xffL) | (p[1] & 0xffL) << 8 | (p[2] & 0xffL) << 16 | (p[3] & 0xffL) << 24;
                long s = (p[4] & 0xffL) | (p[5] & 0xffL) << 8 | (p[6] & 0xffL) << 16 | (p[7] & 0xffL) << 24;
                if (c != crc.getValue() || s != (size & 0xffffffffL)) {
                    throw new ZlibError("incorrect data check", Z_DATA_ERROR);
                }
                pending.reset();
                pending.write(p, 8, p.length - 8);
                gstate = G_DONE;
            }
            if (gstate == G_DONE) {
                // another member may follow; anything else after the first is ignored
                byte[] p = pending.toByteArray();
                if (p.length == 0) return;
                if ((p[0] & 0xff) != 0x1f || (p.length > 1 && (p[1] & 0xff) != 0x8b)) {
                    pending.reset();
                    return;
                }
                if (p.length < 2) return;
                inflater.reset();
                gstate = G_HEADER;
            }
        }
    }

    /** The length of the gzip header at the start of {@code p}, or -1 while incomplete. */
    private static int gzipHeaderLength(byte[] p) throws ZlibError {
        if (p.length >= 1 && (p[0] & 0xff) != 0x1f) throw new ZlibError("incorrect header check", Z_DATA_ERROR);
        if (p.length >= 2 && (p[1] & 0xff) != 0x8b) throw new ZlibError("incorrect header check", Z_DATA_ERROR);
        if (p.length >= 3 && p[2] != 8) throw new ZlibError("unknown compression method", Z_DATA_ERROR);
        if (p.length < 10) return -1;
        int flg = p[3] & 0xff;
        int i = 10;
        if ((flg & 4) != 0) {
            if (p.length < i + 2) return -1;
            int xlen = (p[i] & 0xff) | (p[i + 1] & 0xff) << 8;
            i += 2 + xlen;
            if (p.length < i) return -1;
        }
        if ((flg & 8) != 0) {
            while (i < p.length && p[i] != 0) i++;
            if (i >= p.length) return -1;
            i++;
        }
        if ((flg & 16) != 0) {
            while (i < p.length && p[i] != 0) i++;
            if (i >= p.length) return -1;
            i++;
        }
        if ((flg & 2) != 0) {
            i += 2;
            if (p.length < i) return -1;
        }
        return i;
    }

    /** Whether a complete stream was decoded (inflate side). */
    public boolean finished() {
        if (mode == GUNZIP) return gstate == G_DONE;
        return inflater != null && inflater.finished();
    }
}
