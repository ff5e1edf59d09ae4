package dev.jnode.binding;

import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * internalBinding('buffer'): the bulk conversions between bytes and strings that are slow in
 * JavaScript on a cold JIT (hex, base64, latin1, UTF-16LE, UTF-8 decoding, UTF-8 length).
 *
 * <p>Bytes come in from a JS ArrayBuffer through {@link Value#readBuffer} (one bulk copy; typed
 * arrays have no buffer elements, so JS passes the ArrayBuffer and an absolute offset) and go out
 * as a direct {@link ByteBuffer} that JS wraps with {@code new ArrayBuffer(bb)} and copies into
 * its own memory with {@code TypedArray.prototype.set}.
 *
 * <p>Encoding ids (shared with lib/internal/buffer.js): 0 utf8, 1 utf16le, 2 latin1, 3 ascii,
 * 4 base64, 5 base64url, 6 hex.
 */
public final class BufferBinding {
    static final int UTF8 = 0;
    static final int UCS2 = 1;
    static final int LATIN1 = 2;
    static final int ASCII = 3;
    static final int BASE64 = 4;
    static final int BASE64URL = 5;
    static final int HEX = 6;

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] B64 =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] B64URL =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".getBytes(StandardCharsets.ISO_8859_1);
    /** Value of a base64 character in either alphabet, or -1. */
    private static final byte[] B64_VALUE = new byte[256];
    private static final byte[] HEX_VALUE = new byte[256];

    static {
        Arrays.fill(B64_VALUE, (byte) -1);
        for (int i = 0; i < 64; i++) {
            B64_VALUE[B64[i]] = (byte) i;
            B64_VALUE[B64URL[i]] = (byte) i;
        }
        Arrays.fill(HEX_VALUE, (byte) -1);
        for (int i = 0; i < 10; i++) HEX_VALUE['0' + i] = (byte) i;
        for (int i = 0; i < 6; i++) {
            HEX_VALUE['a' + i] = (byte) (10 + i);
            HEX_VALUE['A' + i] = (byte) (10 + i);
        }
    }

    public BufferBinding(NodeRuntime runtime) {
    }

    private static byte[] bytesOf(Value source, long offset, int length) {
        byte[] b = new byte[length];
        if (length > 0) source.readBuffer(offset, b, 0, length);
        return b;
    }

    /**
     * The string for {@code length} bytes of the ArrayBuffer {@code source} from {@code offset}
     * in encoding {@code enc}.
     */
    @HostAccess.Export
    public String decode(Value source, double offset, int length, int enc) {
        byte[] b = bytesOf(source, (long) offset, length);
        switch (enc) {
            case UTF8:
                // The JDK's decoder replaces malformed input differently from V8 (WHATWG), so it
                // only sees valid input.
                String str = new String(b, StandardCharsets.UTF_8);
                if (str.indexOf('\uFFFD') < 0 || validUtf8(b)) return str;
                return decodeUtf8Lenient(b);
            case LATIN1:
                return new String(b, StandardCharsets.ISO_8859_1);
            case ASCII:
                for (int i = 0; i < b.length; i++) b[i] &= 0x7f;
                return new String(b, StandardCharsets.ISO_8859_1);
            case UCS2: {
                char[] c = new char[length >>> 1];
                ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().get(c);
                return new String(c);
            }
            case HEX: {
                byte[] out = new byte[length * 2];
                for (int i = 0; i < length; i++) {
                    int v = b[i] & 0xff;
                    out[2 * i] = HEX_DIGITS[v >>> 4];
                    out[2 * i + 1] = HEX_DIGITS[v & 15];
                }
                return new String(out, StandardCharsets.ISO_8859_1);
            }
            case BASE64:
                return new String(Base64.getEncoder().encode(b), StandardCharsets.ISO_8859_1);
            case BASE64URL:
                return new String(Base64.getUrlEncoder().withoutPadding().encode(b), StandardCharsets.ISO_8859_1);
            default:
                throw new IllegalArgumentException("encoding " + enc);
        }
    }

    /** The bytes of {@code s} in encoding {@code enc}, as a direct buffer of exactly that size. */
    @HostAccess.Export
    public ByteBuffer encode(String s, int enc) {
        byte[] b;
        switch (enc) {
            case UTF8:
                b = utf8(s);
                break;
            case LATIN1:
            case ASCII: {
                // The JDK writes '?' for characters above U+00FF; Node keeps their low byte.
                b = s.getBytes(StandardCharsets.ISO_8859_1);
                for (int i = 0; i < b.length; i++) {
                    if (b[i] == '?') b[i] = (byte) s.charAt(i);
                }
                break;
            }
            case UCS2: {
                ByteBuffer bb = ByteBuffer.allocateDirect(s.length() * 2).order(ByteOrder.LITTLE_ENDIAN);
                bb.asCharBuffer().put(s.toCharArray());
                return bb.order(ByteOrder.BIG_ENDIAN);
            }
            case HEX:
                b = hexDecode(s);
                break;
            case BASE64:
            case BASE64URL:
                b = base64Decode(s);
                break;
            default:
                throw new IllegalArgumentException("encoding " + enc);
        }
        ByteBuffer bb = ByteBuffer.allocateDirect(b.length);
        bb.put(b);
        bb.clear();
        return bb;
    }

    /** UTF-8 with each lone surrogate written as U+FFFD (EF BF BD), as V8 does. */
    private static byte[] utf8(String s) {
        int n = s.length();
        byte[] out = new byte[utf8Len(s)];
        int o = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xc0 | (c >>> 6));
                out[o++] = (byte) (0x80 | (c & 63));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    out[o++] = (byte) (0xf0 | (cp >>> 18));
                    out[o++] = (byte) (0x80 | ((cp >>> 12) & 63));
                    out[o++] = (byte) (0x80 | ((cp >>> 6) & 63));
                    out[o++] = (byte) (0x80 | (cp & 63));
                } else {
                    out[o++] = (byte) 0xef;
                    out[o++] = (byte) 0xbf;
                    out[o++] = (byte) 0xbd;
                }
            } else {
                out[o++] = (byte) (0xe0 | (c >>> 12));
                out[o++] = (byte) (0x80 | ((c >>> 6) & 63));
                out[o++] = (byte) (0x80 | (c & 63));
            }
        }
        return out;
    }

    private static int utf8Len(String s) {
        int n = s.length();
        int len = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    len += 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    len += 2; // 4 bytes for 2 chars
                    i++;
                } else {
                    len += 2;
                }
            }
        }
        return len;
    }

    /** The UTF-8 byte length of {@code s} (lone surrogates count 3, as U+FFFD). */
    @HostAccess.Export
    public double utf8Length(String s) {
        return utf8Len(s);
    }

    /** Hex pairs up to the first invalid pair; an odd last digit is dropped. */
    private static byte[] hexDecode(String s) {
        int pairs = s.length() >>> 1;
        byte[] out = new byte[pairs];
        int i = 0;
        for (; i < pairs; i++) {
            char a = s.charAt(2 * i);
            char b = s.charAt(2 * i + 1);
            int hi = a < 256 ? HEX_VALUE[a] : -1;
            int lo = b < 256 ? HEX_VALUE[b] : -1;
            if (hi < 0 || lo < 0) break;
            out[i] = (byte) ((hi << 4) | lo);
        }
        return i == pairs ? out : Arrays.copyOf(out, i);
    }

    /**
     * Lenient base64 (either alphabet): characters outside the alphabet are skipped, decoding
     * stops at the first '='; a trailing group of 2 or 3 characters gives 1 or 2 bytes.
     */
    private static byte[] base64Decode(String s) {
        // Well-formed input (one alphabet, no whitespace, correct padding) takes the JDK's
        // decoder; anything else the lenient loop below.
        byte[] in = s.getBytes(StandardCharsets.ISO_8859_1);
        if (in.length % 4 != 1) {
            try {
                return Base64.getDecoder().decode(in);
            } catch (IllegalArgumentException e) {
                try {
                    return Base64.getUrlDecoder().decode(in);
                } catch (IllegalArgumentException e2) {
                    // fall through
                }
            }
        }
        int n = s.length();
        byte[] out = new byte[(int) ((n * 3L) / 4) + 3];
        int o = 0;
        int acc = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '=') break;
            int v = c < 256 ? B64_VALUE[c] : -1;
            if (v < 0) continue;
            acc = (acc << 6) | v;
            if (++k == 4) {
                out[o++] = (byte) (acc >>> 16);
                out[o++] = (byte) (acc >>> 8);
                out[o++] = (byte) acc;
                acc = 0;
                k = 0;
            }
        }
        if (k == 2) {
            out[o++] = (byte) (acc >>> 4);
        } else if (k == 3) {
            out[o++] = (byte) (acc >>> 10);
            out[o++] = (byte) (acc >>> 2);
        }
        return o == out.length ? out : Arrays.copyOf(out, o);
    }

    /**
     * UTF-8 with each maximal subpart of an ill-formed sequence replaced by one U+FFFD (the
     * WHATWG/Unicode rule V8 follows).
     */
    private static String decodeUtf8Lenient(byte[] b) {
        int n = b.length;
        char[] out = new char[n];
        int o = 0;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out[o++] = (char) c;
                i++;
                continue;
            }
            int need;
            int cp;
            int lower = 0x80;
            int upper = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
                if (c == 0xe0) lower = 0xa0;
                else if (c == 0xed) upper = 0x9f;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
                if (c == 0xf0) lower = 0x90;
                else if (c == 0xf4) upper = 0x8f;
            } else {
                out[o++] = '\uFFFD';
                i++;
                continue;
            }
            int j = i + 1;
            int got = 0;
            while (got < need && j < n) {
                int d = b[j] & 0xff;
                if (d < lower || d > upper) break;
                lower = 0x80;
                upper = 0xbf;
                cp = (cp << 6) | (d & 0x3f);
                got++;
                j++;
            }
            i = j;
            if (got < need) {
                out[o++] = '\uFFFD';
            } else if (cp >= 0x10000) {
                out[o++] = Character.highSurrogate(cp);
                out[o++] = Character.lowSurrogate(cp);
            } else {
                out[o++] = (char) cp;
            }
        }
        return new String(out, 0, o);
    }

    /** True when the bytes are valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF). */
    @HostAccess.Export
    public boolean isUtf8(Value source, double offset, int length) {
        return validUtf8(bytesOf(source, (long) offset, length));
    }

    private static boolean validUtf8(byte[] b) {
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xff;
            int need;
            int lower = 0x80;
            int upper = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                if (c == 0xe0) lower = 0xa0;
                else if (c == 0xed) upper = 0x9f;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                if (c == 0xf0) lower = 0x90;
                else if (c == 0xf4) upper = 0x8f;
            } else {
                return false;
            }
            if (i + need >= n) return false;
            for (int k = 1; k <= need; k++) {
                int d = b[i + k] & 0xff;
                if (d < lower || d > upper) return false;
                lower = 0x80;
                upper = 0xbf;
            }
            i += need + 1;
        }
        return true;
    }

    /** True when every byte is below 0x80. */
    @HostAccess.Export
    public boolean isAscii(Value source, double offset, int length) {
        byte[] b = bytesOf(source, (long) offset, length);
        for (byte x : b) {
            if (x < 0) return false;
        }
        return true;
    }
}
