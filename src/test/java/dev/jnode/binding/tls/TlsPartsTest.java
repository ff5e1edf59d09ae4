package dev.jnode.binding.tls;

import io.netty.handler.ssl.NotSslRecordException;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLHandshakeException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TlsPartsTest {
    private static String fixture(String name) throws Exception {
        Path dir = Path.of(System.getProperty("jnode.root", "."), "test", "fixtures", "tls");
        return Files.readString(dir.resolve(name), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static X509Certificate cert(String name) throws Exception {
        return Pem.certs(fixture(name)).get(0);
    }

    @Test
    void opensslCipherNames() {
        assertEquals("ECDHE-RSA-AES128-GCM-SHA256", Ciphers.openssl("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
        assertEquals("ECDHE-ECDSA-CHACHA20-POLY1305", Ciphers.openssl("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"));
        assertEquals("AES256-SHA", Ciphers.openssl("TLS_RSA_WITH_AES_256_CBC_SHA"));
        assertEquals("DHE-RSA-AES256-SHA256", Ciphers.openssl("TLS_DHE_RSA_WITH_AES_256_CBC_SHA256"));
        assertEquals("TLS_AES_128_GCM_SHA256", Ciphers.openssl("TLS_AES_128_GCM_SHA256"));
        assertNull(Ciphers.openssl("TLS_EMPTY_RENEGOTIATION_INFO_SCSV"));
    }

    @Test
    void cipherListsSelectJdkSuites() {
        String[] jdk = {"TLS_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "TLS_RSA_WITH_AES_128_CBC_SHA"};
        assertArrayEquals(new String[] {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256"},
                Ciphers.select("ECDHE-RSA-AES128-GCM-SHA256", jdk));
        assertArrayEquals(new String[] {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
            "TLS_AES_128_GCM_SHA256"}, Ciphers.select("HIGH:!kRSA", jdk));
        assertArrayEquals(new String[] {"TLS_AES_128_GCM_SHA256"}, Ciphers.select("nothing", jdk));
        // OpenSSL matches names and keywords case-sensitively
        assertArrayEquals(new String[] {"TLS_AES_128_GCM_SHA256"}, Ciphers.select("ecdhe-rsa-aes128-gcm-sha256", jdk));
        assertArrayEquals(new String[] {"TLS_AES_128_GCM_SHA256"}, Ciphers.select("high", jdk));
        assertArrayEquals(new String[] {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256"},
                Ciphers.select("TLSv1.2:!aRSA+kRSA:!SHA", jdk));
    }

    @Test
    void keysInEveryPemForm() throws Exception {
        PrivateKey pkcs8 = Pem.key(fixture("server-key.pem"), null, BcHolder::get);
        PrivateKey pkcs1 = Pem.key(fixture("server-key-pkcs1.pem"), null, BcHolder::get);
        PrivateKey enc = Pem.key(fixture("server-key-encrypted.pem"), "secret".toCharArray(), BcHolder::get);
        assertArrayEquals(pkcs8.getEncoded(), pkcs1.getEncoded());
        assertArrayEquals(pkcs8.getEncoded(), enc.getEncoded());
        assertEquals("EC", Pem.key(fixture("self-key.pem"), null, BcHolder::get).getAlgorithm());
        TlsError bad = assertThrows(TlsError.class,
                () -> Pem.key(fixture("server-key-encrypted.pem"), "wrong".toCharArray(), BcHolder::get));
        assertEquals("ERR_OSSL_BAD_DECRYPT", bad.code);
        assertEquals("ERR_OSSL_PEM_NO_START_LINE", assertThrows(TlsError.class, () -> Pem.certs("x")).code);
        assertEquals("ERR_OSSL_UNSUPPORTED", assertThrows(TlsError.class,
                () -> Pem.key("x", null, BcHolder::get)).code);
    }

    /** Bouncy Castle's provider, made once for these tests. */
    private static final class BcHolder {
        private static java.security.Provider bc;

        static synchronized java.security.Provider get() {
            if (bc == null) bc = new org.bouncycastle.jce.provider.BouncyCastleProvider();
            return bc;
        }
    }

    @Test
    void verificationNamesOpensslErrors() throws Exception {
        X509Certificate ca = cert("ca-cert.pem");
        X509Certificate leaf = cert("server-cert.pem");
        X509Certificate self = cert("self-cert.pem");
        Date now = new Date();
        CertVerifier.Result ok = CertVerifier.verify(List.of(leaf), List.of(ca), now);
        assertNull(ok.code());
        assertEquals(List.of(leaf, ca), ok.path());
        assertEquals("UNABLE_TO_VERIFY_LEAF_SIGNATURE", CertVerifier.verify(List.of(leaf), List.of(), now).code());
        assertEquals("SELF_SIGNED_CERT_IN_CHAIN", CertVerifier.verify(List.of(leaf, ca), List.of(), now).code());
        assertEquals("DEPTH_ZERO_SELF_SIGNED_CERT", CertVerifier.verify(List.of(self), List.of(ca), now).code());
        assertNull(CertVerifier.verify(List.of(self), List.of(self), now).code());
        // a trusted certificate that is not self-signed ends the path only with a partial chain
        assertEquals("UNABLE_TO_VERIFY_LEAF_SIGNATURE", CertVerifier.verify(List.of(leaf), List.of(leaf), now).code());
        assertNull(CertVerifier.verify(List.of(leaf), List.of(leaf), now, true).code());
        assertNull(CertVerifier.verify(List.of(leaf), List.of(leaf, ca), now).code());
        Date future = new Date(leaf.getNotAfter().getTime() + 1000);
        assertEquals("CERT_HAS_EXPIRED", CertVerifier.verify(List.of(leaf), List.of(ca), future).code());
    }

    @Test
    void legacyPkcs12IsRefusedAsOpenssl3Does() throws Exception {
        Path dir = Path.of(System.getProperty("jnode.root", "."), "test", "fixtures", "tls");
        byte[] legacy = Files.readAllBytes(dir.resolve("legacy-rc2.pfx")); // RC2-40 certificate bag
        assertTrue(Pem.legacyPfx(legacy));
        assertEquals("ERR_CRYPTO_UNSUPPORTED_OPERATION",
                assertThrows(TlsError.class, () -> Pem.pfx(legacy, "legacy".toCharArray())).code);
        assertEquals("mac verify failure",
                assertThrows(TlsError.class, () -> Pem.pfx(legacy, "wrong".toCharArray())).reason);
        byte[] modern = Files.readAllBytes(dir.resolve("server.pfx"));
        assertTrue(!Pem.legacyPfx(modern));
        Pem.pfx(modern, "secret".toCharArray());
    }

    @Test
    void securityLevelLimitsOwnKeySize() throws Exception {
        java.security.PublicKey rsa2048 = cert("server-cert.pem").getPublicKey();
        SecureContextHandle.checkKeySize(rsa2048, 2);
        SecureContextHandle.checkKeySize(rsa2048, 0);
        assertEquals("ERR_SSL_EE_KEY_TOO_SMALL", assertThrows(TlsError.class,
                () -> SecureContextHandle.checkKeySize(rsa2048, 3)).code);
    }

    @Test
    void certificateFieldsAsNodeShowsThem() throws Exception {
        X509Certificate leaf = cert("server-cert.pem");
        Object[] f = X509Info.describe(leaf);
        assertEquals("C\0US\0ST\0CA\0O\0jnode test\0CN\0localhost", f[0]);
        assertEquals("DNS:localhost, DNS:*.example.com, IP Address:127.0.0.1", f[2]);
        assertEquals("rsa", f[5]);
        assertEquals(2048, f[6]);
        assertEquals("0x10001", f[8]);
        assertEquals("Jan  2 03:04:05 2026 GMT", X509Info.date(new Date(1767323045000L)));
        assertEquals("0F", X509Info.hexEven(BigInteger.valueOf(15)));
        assertEquals("0:0:0:0:0:0:0:1", X509Info.ip(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
        assertTrue(((String) f[13]).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"));
    }

    @Test
    void engineFailuresBecomeNodeCodes() {
        assertEquals("ERR_SSL_SSL/TLS_ALERT_HANDSHAKE_FAILURE",
                TlsConnection.map(new SSLHandshakeException("Received fatal alert: handshake_failure"), false).code);
        assertEquals("ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL",
                TlsConnection.map(new SSLHandshakeException("Received fatal alert: no_application_protocol"), false).code);
        assertEquals("ERR_SSL_HTTP_REQUEST",
                TlsConnection.map(new NotSslRecordException("not an SSL/TLS record: 474554202f20"), true).code);
        assertEquals("ERR_SSL_PACKET_LENGTH_TOO_LONG",
                TlsConnection.map(new NotSslRecordException("not an SSL/TLS record: 485454502f"), false).code);
        assertEquals("ERR_SSL_WRONG_VERSION_NUMBER",
                TlsConnection.map(new NotSslRecordException("not an SSL/TLS record: 15ffff0010"), false).code);
        assertNull(TlsConnection.map(new java.nio.channels.ClosedChannelException(), false));
    }
}
