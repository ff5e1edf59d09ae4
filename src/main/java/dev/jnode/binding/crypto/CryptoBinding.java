package dev.jnode.binding.crypto;

import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;

/**
 * internalBinding('crypto'): the part of node:crypto jnode has so far — hashes and HMACs on the
 * JDK's MessageDigest/Mac, random bytes from SecureRandom. Bytes cross in bulk: input is read
 * from the JS ArrayBuffer in one copy, output comes back as a direct ByteBuffer.
 */
public final class CryptoBinding {
    /** Node (OpenSSL) digest names -> JDK algorithm names. */
    static final Map<String, String> DIGESTS = Map.ofEntries(
            Map.entry("md5", "MD5"),
            Map.entry("sha1", "SHA-1"),
            Map.entry("sha224", "SHA-224"),
            Map.entry("sha256", "SHA-256"),
            Map.entry("sha384", "SHA-384"),
            Map.entry("sha512", "SHA-512"),
            Map.entry("sha512-224", "SHA-512/224"),
            Map.entry("sha512-256", "SHA-512/256"),
            Map.entry("sha3-224", "SHA3-224"),
            Map.entry("sha3-256", "SHA3-256"),
            Map.entry("sha3-384", "SHA3-384"),
            Map.entry("sha3-512", "SHA3-512"),
            Map.entry("rsa-md5", "MD5"),
            Map.entry("rsa-sha1", "SHA-1"),
            Map.entry("rsa-sha256", "SHA-256"),
            Map.entry("rsa-sha384", "SHA-384"),
            Map.entry("rsa-sha512", "SHA-512"));

    private final SecureRandom random = new SecureRandom();

    public CryptoBinding(NodeRuntime runtime) {
        // nothing per runtime beyond the random source
    }

    static byte[] bytes(Value ab, double offset, int length) {
        byte[] b = new byte[length];
        if (length > 0) ab.readBuffer((long) offset, b, 0, length);
        return b;
    }

    static ByteBuffer direct(byte[] b) {
        ByteBuffer bb = ByteBuffer.allocateDirect(b.length);
        bb.put(b).flip();
        return bb;
    }

    static String jdkName(String nodeName) {
        return DIGESTS.get(nodeName.toLowerCase(Locale.ROOT));
    }

    /** The digest names jnode supports, comma-separated. */
    @HostAccess.Export
    public String hashes() {
        return String.join(",", new java.util.TreeSet<>(DIGESTS.keySet()));
    }

    /** A hash, or null when the algorithm is unknown. */
    @HostAccess.Export
    public Hash createHash(String algorithm) {
        String name = jdkName(algorithm);
        if (name == null) return null;
        try {
            return new Hash(MessageDigest.getInstance(name));
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** An HMAC with the key's bytes, or null when the digest is unknown. */
    @HostAccess.Export
    public Hmac createHmac(String algorithm, Value key, double offset, int length) {
        String name = jdkName(algorithm);
        if (name == null) return null;
        String mac = "Hmac" + name.replace("-", "").replace("/", "");
        try {
            Mac m = Mac.getInstance(mac);
            byte[] k = bytes(key, offset, length);
            // SecretKeySpec refuses an empty key, which HMAC allows
            m.init(k.length == 0 ? new EmptyKey(mac) : new SecretKeySpec(k, mac));
            return new Hmac(m);
        } catch (NoSuchAlgorithmException | java.security.InvalidKeyException e) {
            return null;
        }
    }

    /** {@code n} random bytes. */
    @HostAccess.Export
    public ByteBuffer randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return direct(b);
    }

    /** A zero-length HMAC key (SecretKeySpec rejects empty arrays). */
    private static final class EmptyKey implements javax.crypto.SecretKey {
        private static final long serialVersionUID = 1L;
        private final String alg;

        EmptyKey(String alg) {
            this.alg = alg;
        }

        @Override
        public String getAlgorithm() {
            return alg;
        }

        @Override
        public String getFormat() {
            return "RAW";
        }

        @Override
        public byte[] getEncoded() {
            return new byte[0];
        }
    }

    public static final class Hash {
        private final MessageDigest md;

        Hash(MessageDigest md) {
            this.md = md;
        }

        @HostAccess.Export
        public void update(Value ab, double offset, int length) {
            md.update(bytes(ab, offset, length));
        }

        @HostAccess.Export
        public ByteBuffer digest() {
            return direct(md.digest());
        }

        /** An independent copy of the state so far (hash.copy()). */
        @HostAccess.Export
        public Hash copy() {
            try {
                return new Hash((MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                return null;
            }
        }
    }

    public static final class Hmac {
        private final Mac mac;

        Hmac(Mac mac) {
            this.mac = mac;
        }

        @HostAccess.Export
        public void update(Value ab, double offset, int length) {
            mac.update(bytes(ab, offset, length));
        }

        @HostAccess.Export
        public ByteBuffer digest() {
            return direct(mac.doFinal());
        }
    }
}
