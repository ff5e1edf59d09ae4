package dev.jnode.binding.zlib;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ZlibStreamTest {
    private static final byte[] TEXT = "hello zlib, hello gzip ".repeat(500).getBytes(StandardCharsets.UTF_8);

    private static byte[] run(int mode, byte[] in, int pieces) throws ZlibStream.ZlibError {
        ZlibStream z = new ZlibStream(mode, -1, 0, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int step = Math.max(1, in.length / pieces);
        for (int off = 0; off < in.length; off += step) {
            out.writeBytes(z.process(in, off, Math.min(step, in.length - off), ZlibStream.Z_NO_FLUSH));
        }
        out.writeBytes(z.process(new byte[0], 0, 0, ZlibStream.Z_FINISH));
        return out.toByteArray();
    }

    @Test
    void roundTripsEveryFormatInPieces() throws Exception {
        int[][] pairs = {{ZlibStream.DEFLATE, ZlibStream.INFLATE}, {ZlibStream.GZIP, ZlibStream.GUNZIP},
            {ZlibStream.DEFLATERAW, ZlibStream.INFLATERAW}, {ZlibStream.GZIP, ZlibStream.UNZIP},
            {ZlibStream.DEFLATE, ZlibStream.UNZIP}};
        for (int[] p : pairs) {
            byte[] packed = run(p[0], TEXT, 7);
            assertArrayEquals(TEXT, run(p[1], packed, 13), "mode " + p[0] + " -> " + p[1]);
            assertArrayEquals(TEXT, run(p[1], packed, packed.length), "byte by byte " + p[0]);
        }
    }

    @Test
    void gzipIsReadableByTheJdkAndTheOtherWay() throws Exception {
        byte[] ours = run(ZlibStream.GZIP, TEXT, 1);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(ours))) {
            assertArrayEquals(TEXT, in.readAllBytes());
        }
        ByteArrayOutputStream jdk = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(jdk)) {
            out.write(TEXT);
        }
        assertArrayEquals(TEXT, run(ZlibStream.GUNZIP, jdk.toByteArray(), 3));
    }

    @Test
    void concatenatedGzipMembers() throws Exception {
        byte[] a = run(ZlibStream.GZIP, "a".getBytes(StandardCharsets.UTF_8), 1);
        byte[] b = run(ZlibStream.GZIP, "b".getBytes(StandardCharsets.UTF_8), 1);
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        assertEquals("ab", new String(run(ZlibStream.GUNZIP, both, 1), StandardCharsets.UTF_8));
    }

    @Test
    void errorsAreZlibs() throws Exception {
        byte[] garbage = "garbage".getBytes(StandardCharsets.UTF_8);
        ZlibStream.ZlibError e1 = assertThrows(ZlibStream.ZlibError.class, () -> run(ZlibStream.INFLATE, garbage, 1));
        assertEquals("incorrect header check", e1.getMessage());
        assertEquals(ZlibStream.Z_DATA_ERROR, e1.errno);
        ZlibStream.ZlibError e2 = assertThrows(ZlibStream.ZlibError.class, () -> run(ZlibStream.GUNZIP, garbage, 1));
        assertEquals("incorrect header check", e2.getMessage());
        byte[] gz = run(ZlibStream.GZIP, TEXT, 1);
        byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
        ZlibStream.ZlibError e3 = assertThrows(ZlibStream.ZlibError.class, () -> run(ZlibStream.GUNZIP, cut, 1));
        assertEquals("unexpected end of file", e3.getMessage());
        assertEquals(ZlibStream.Z_BUF_ERROR, e3.errno);
        gz[gz.length - 5] ^= 1; // the CRC
        ZlibStream.ZlibError e4 = assertThrows(ZlibStream.ZlibError.class, () -> run(ZlibStream.GUNZIP, gz, 1));
        assertEquals("incorrect data check", e4.getMessage());
    }
}
