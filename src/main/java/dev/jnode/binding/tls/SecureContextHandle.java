package dev.jnode.binding.tls;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tls.SecureContext: keys with their certificate chains, the trusted CAs, the cipher list and
 * the protocol range — what OpenSSL keeps in an SSL_CTX. The JDK {@link SSLContext} is made on
 * first use (after createSecureContext has set everything) and reused, so its session cache
 * works for every connection of this context.
 *
 * <p>Certificate checks are not the JDK's: the trust manager accepts any peer during the
 * handshake, and {@link CertVerifier} checks the chain afterwards with OpenSSL's error codes, as
 * Node reports them ({@code authorized}/{@code authorizationError}, rejectUnauthorized).
 *
 * <p>Setter convention: null on success, else [code, library, reason] of the failure.
 */
public final class SecureContextHandle {
    static final String[] PROTOCOLS = {"TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"};

    /** One key with its chain: OpenSSL keeps one per key type. */
    static final class KeyEntry {
        PrivateKey key;
        List<X509Certificate> chain = new ArrayList<>();

        String type() {
            if (key != null) return key.getAlgorithm();
            return chain.isEmpty() ? null : chain.get(0).getPublicKey().getAlgorithm();
        }
    }

    private final TlsWrapBinding b;
    final List<KeyEntry> keys = new ArrayList<>();
    final List<X509Certificate> extraChain = new ArrayList<>();
    List<X509Certificate> ca; // null: the default roots
    private boolean rootsAdded;
    String[] suites; // null: the JDK's defaults
    String[] protocols = {"TLSv1.2", "TLSv1.3"};
    String[] groups;
    private int sessionTimeout = -1;
    private int securityLevel = 1;
    boolean partialTrustChain;
    private boolean serverOrder;
    private SSLContext jdk;

    SecureContextHandle(TlsWrapBinding b) {
        this.b = b;
    }

    private KeyEntry entryFor(String type) {
        for (KeyEntry e : keys) if (type.equals(e.type())) return e;
        KeyEntry e = new KeyEntry();
        keys.add(e);
        return e;
    }

    private static boolean matches(PrivateKey key, PublicKey pub) {
        if (key instanceof RSAPrivateCrtKey k && pub instanceof RSAPublicKey p) {
            return k.getModulus().equals(p.getModulus()) && k.getPublicExponent().equals(p.getPublicExponent());
        }
        if (key instanceof java.security.interfaces.ECPrivateKey k && pub instanceof ECPublicKey p) {
            try {
                java.security.spec.ECPoint w = p.getW();
                java.security.spec.ECParameterSpec spec = k.getParams();
                // compare by multiplying with BC's math: the JDK has no public point arithmetic
                org.bouncycastle.jce.spec.ECParameterSpec bc =
                        org.bouncycastle.jcajce.provider.asymmetric.util.EC5Util.convertSpec(spec);
                org.bouncycastle.math.ec.ECPoint q = bc.getG().multiply(k.getS()).normalize();
                return q.getAffineXCoord().toBigInteger().equals(w.getAffineX())
                        && q.getAffineYCoord().toBigInteger().equals(w.getAffineY());
            } catch (RuntimeException e) {
                return true;
            }
        }
        return key.getAlgorithm().equals(pub.getAlgorithm()) || key.getAlgorithm().startsWith("RSA") == pub.getAlgorithm().startsWith("RSA");
    }

    private static TlsError mismatch() {
        return TlsError.ossl("x509 certificate routines", "key values mismatch");
    }

    private void changed() {
        jdk = null;
    }

    // ---- exported setters ----

    /** Node's allowPartialTrustChain: a trusted intermediate may end a peer's chain. */
    @HostAccess.Export
    public void setPartialTrustChain(boolean on) {
        partialTrustChain = on;
    }

    /** OpenSSL's security level (@SECLEVEL=n of the cipher list; 1 by default). */
    @HostAccess.Export
    public void setSecurityLevel(int level) {
        securityLevel = Math.max(0, Math.min(5, level));
    }

    /** The smallest RSA/DSA/DH and EC key sizes (bits) a security level allows. */
    static int[] minimumKeyBits(int level) {
        return switch (level) {
            case 0 -> new int[] {0, 0};
            case 1 -> new int[] {1024, 160};
            case 2 -> new int[] {2048, 224};
            case 3 -> new int[] {3072, 256};
            case 4 -> new int[] {7680, 384};
            default -> new int[] {15360, 512};
        };
    }

    /** Fails as OpenSSL does when our own (end-entity) key is below the security level. */
    static void checkKeySize(PublicKey pub, int level) {
        int[] min = minimumKeyBits(level);
        int bits = -1;
        boolean ec = false;
        if (pub instanceof RSAPublicKey r) bits = r.getModulus().bitLength();
        else if (pub instanceof java.security.interfaces.DSAPublicKey d) bits = d.getParams().getP().bitLength();
        else if (pub instanceof ECPublicKey e) {
            bits = e.getParams().getOrder().bitLength();
            ec = true;
        }
        if (bits >= 0 && bits < (ec ? min[1] : min[0])) throw TlsError.ssl("ee key too small");
    }

    @HostAccess.Export
    public Object[] setCert(String pem) {
        try {
            List<X509Certificate> certs = Pem.certs(pem);
            X509Certificate leaf = certs.get(0);
            checkKeySize(leaf.getPublicKey(), securityLevel);
            KeyEntry e = entryFor(leaf.getPublicKey().getAlgorithm());
            if (e.key != null && !matches(e.key, leaf.getPublicKey())) throw mismatch();
            e.chain = new ArrayList<>(certs);
            changed();
            return null;
        } catch (TlsError t) {
            return t.toArray();
        }
    }

    @HostAccess.Export
    public Object[] setKey(String pem, String passphrase) {
        try {
            PrivateKey k = Pem.key(pem, passphrase == null ? null : passphrase.toCharArray(), b::bouncyCastle);
            KeyEntry e = entryFor(k.getAlgorithm());
            if (!e.chain.isEmpty() && !matches(k, e.chain.get(0).getPublicKey())) throw mismatch();
            e.key = k;
            changed();
            return null;
        } catch (TlsError t) {
            return t.toArray();
        }
    }

    @HostAccess.Export
    public Object[] addCACert(String pem) {
        try {
            List<X509Certificate> certs;
            try {
                certs = Pem.certs(pem);
            } catch (TlsError t) {
                // as Node: a ca without any certificate in it adds nothing and is no error
                if (!"no start line".equals(t.reason)) throw t;
                certs = List.of();
            }
            if (ca == null) ca = new ArrayList<>();
            ca.addAll(certs);
            changed();
            return null;
        } catch (TlsError t) {
            return t.toArray();
        }
    }

    /** No CA at all (tls.setDefaultCACertificates([])). */
    @HostAccess.Export
    public void trustNone() {
        ca = new ArrayList<>();
        changed();
    }

    /** SSL_OP_CIPHER_SERVER_PREFERENCE: a server picks the suite by its own order. */
    @HostAccess.Export
    public void setServerCipherOrder(boolean on) {
        serverOrder = on;
    }

    /** Trust the default roots too (Node adds them when no ca is given). */
    @HostAccess.Export
    public void addRootCerts() {
        rootsAdded = true;
        changed();
    }

    @HostAccess.Export
    public Object[] loadPKCS12(Value ab, double offset, int length, String passphrase) {
        try {
            byte[] der = new byte[length];
            ab.readBuffer((long) offset, der, 0, length);
            Pem.Pfx p = Pem.pfx(der, passphrase == null ? null : passphrase.toCharArray());
            if (p.key() != null && !p.chain().isEmpty()) {
                KeyEntry e = entryFor(p.key().getAlgorithm());
                e.key = p.key();
                e.chain = new ArrayList<>(p.chain());
            }
            // as Node does, the bundle's other certificates are trusted too (and sent as chain)
            List<X509Certificate> others = new ArrayList<>(p.extra());
            if (p.chain().size() > 1) others.addAll(p.chain().subList(1, p.chain().size()));
            if (!others.isEmpty()) {
                if (ca == null) ca = new ArrayList<>();
                for (X509Certificate x : others) if (!ca.contains(x)) ca.add(x);
                for (X509Certificate x : p.extra()) if (!extraChain.contains(x)) extraChain.add(x);
            }
            changed();
            return null;
        } catch (TlsError t) {
            return t.toArray();
        }
    }

    /** An OpenSSL cipher list; TLS 1.3 suite names (TLS_…) may be in it too. */
    @HostAccess.Export
    public Object[] setCiphers(String list) {
        String[] supported = b.supportedSuites();
        String[] sel = Ciphers.select(list, supported);
        boolean any12 = false;
        boolean named13 = false;
        for (String s : sel) if (!(s.startsWith("TLS_AES_") || s.startsWith("TLS_CHACHA20_"))) any12 = true;
        for (String part : list.split(":")) if (part.startsWith("TLS_AES_") || part.startsWith("TLS_CHACHA20_")) named13 = true;
        if (!any12 && !named13) return TlsError.ssl("no cipher match").toArray();
        suites = sel;
        changed();
        return null;
    }

    /** The protocol range, names as Node's ("TLSv1.2"). */
    @HostAccess.Export
    public void setProtocols(String min, String max) {
        int lo = Arrays.asList(PROTOCOLS).indexOf(min);
        int hi = Arrays.asList(PROTOCOLS).indexOf(max);
        if (lo < 0) lo = 0;
        if (hi < 0) hi = PROTOCOLS.length - 1;
        List<String> p = new ArrayList<>();
        for (int i = lo; i <= hi; i++) p.add(PROTOCOLS[i]);
        protocols = p.toArray(new String[0]);
        changed();
    }

    /** ECDH curves, OpenSSL names joined with ':' ("auto" keeps the JDK's). */
    @HostAccess.Export
    public Object[] setECDHCurve(String curves) {
        if (curves == null || curves.equals("auto")) {
            groups = null;
            return null;
        }
        List<String> g = new ArrayList<>();
        for (String c : curves.split(":")) {
            String j = switch (c) {
                case "prime256v1", "P-256", "secp256r1" -> "secp256r1";
                case "secp384r1", "P-384" -> "secp384r1";
                case "secp521r1", "P-521" -> "secp521r1";
                case "X25519", "x25519" -> "x25519";
                case "X448", "x448" -> "x448";
                case "ffdhe2048", "ffdhe3072", "ffdhe4096" -> c;
                default -> null;
            };
            if (j == null) return new TlsError("ERR_CRYPTO_OPERATION_FAILED", null, "Failed to set ECDH curve").toArray();
            g.add(j);
        }
        groups = g.toArray(new String[0]);
        changed();
        return null;
    }

    @HostAccess.Export
    public void setSessionTimeout(int seconds) {
        sessionTimeout = seconds;
        if (jdk != null) jdk.getServerSessionContext().setSessionTimeout(seconds);
    }

    /** DER of this context's first certificate, or null. */
    @HostAccess.Export
    public ByteBuffer getCertificate() {
        X509Certificate c = firstCert();
        return c == null ? null : TlsWrapBinding.direct(encoded(c));
    }

    X509Certificate firstCert() {
        for (KeyEntry e : keys) if (!e.chain.isEmpty()) return e.chain.get(0);
        return null;
    }

    static byte[] encoded(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            return new byte[0];
        }
    }

    // ---- for connections ----

    /** The CAs a peer is checked against. */
    List<X509Certificate> trusted() {
        if (ca == null) return b.defaultRoots();
        if (!rootsAdded) return ca;
        List<X509Certificate> all = new ArrayList<>(ca);
        all.addAll(b.defaultRoots());
        return all;
    }

    SSLContext jdkContext() {
        if (jdk == null) {
            try {
                SSLContext c = SSLContext.getInstance("TLS");
                c.init(new KeyManager[] {new Keys()}, new TrustManager[] {new TrustAll()}, b.random());
                if (sessionTimeout >= 0) c.getServerSessionContext().setSessionTimeout(sessionTimeout);
                jdk = c;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK has no TLS", e);
            }
        }
        return jdk;
    }

    SSLEngine newEngine(boolean server, String peerHost, int peerPort) {
        SSLContext c = jdkContext();
        SSLEngine e = peerHost == null ? c.createSSLEngine() : c.createSSLEngine(peerHost, peerPort);
        e.setUseClientMode(!server);
        List<String> enabled = new ArrayList<>();
        List<String> supportedProtocols = Arrays.asList(e.getSupportedProtocols());
        for (String p : protocols) if (supportedProtocols.contains(p)) enabled.add(p);
        if (!enabled.isEmpty()) e.setEnabledProtocols(enabled.toArray(new String[0]));
        if (suites != null) e.setEnabledCipherSuites(suites);
        if (server) {
            SSLParameters p = e.getSSLParameters();
            p.setUseCipherSuitesOrder(serverOrder);
            e.setSSLParameters(p);
        }
        if (groups != null) {
            SSLParameters p = e.getSSLParameters();
            try {
                p.setNamedGroups(groups);
                e.setSSLParameters(p);
            } catch (RuntimeException | NoSuchMethodError ignored) {
                // an older JDK: its own groups
            }
        }
        return e;
    }

    boolean hasKey() {
        for (KeyEntry e : keys) if (e.key != null && !e.chain.isEmpty()) return true;
        return false;
    }

    /** Offers this context's keys whatever the peer asks for (OpenSSL sends its configured cert). */
    private final class Keys extends X509ExtendedKeyManager {
        private KeyEntry byAlias(String alias) {
            if (alias == null) return null;
            for (KeyEntry e : keys) if (alias.equals(e.type()) && e.key != null && !e.chain.isEmpty()) return e;
            return null;
        }

        private String pick(String keyType) {
            for (KeyEntry e : keys) {
                if (e.key == null || e.chain.isEmpty()) continue;
                String t = e.type();
                if (t.equals(keyType) || keyType.equals("RSASSA-PSS") && t.equals("RSA")
                        || keyType.startsWith("EC") && t.equals("EC")) {
                    return t;
                }
            }
            return null;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            String a = pick(keyType);
            return a == null ? null : new String[] {a};
        }

        @Override
        public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
            for (String k : keyTypes) {
                String a = pick(k);
                if (a != null) return a;
            }
            return null;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
            return chooseClientAlias(keyTypes, issuers, null);
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return getClientAliases(keyType, issuers);
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return pick(keyType);
        }

        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
            return pick(keyType);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            KeyEntry e = byAlias(alias);
            if (e == null) return null;
            List<X509Certificate> all = new ArrayList<>(e.chain);
            for (X509Certificate x : extraChain) if (!all.contains(x)) all.add(x);
            // as OpenSSL does, complete the chain from the context's CA certificates
            if (ca != null) {
                X509Certificate last = all.get(all.size() - 1);
                for (int depth = 0; depth < 8 && !CertVerifier.selfSigned(last); depth++) {
                    X509Certificate issuer = null;
                    for (X509Certificate c : ca) {
                        if (!all.contains(c) && c.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
                            issuer = c;
                            break;
                        }
                    }
                    if (issuer == null) break;
                    all.add(issuer);
                    last = issuer;
                }
            }
            return all.toArray(new X509Certificate[0]);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            KeyEntry e = byAlias(alias);
            return e == null ? null : e.key;
        }
    }

    /** Accepts every peer during the handshake; {@link CertVerifier} decides afterwards. */
    private final class TrustAll extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return ca == null ? new X509Certificate[0] : ca.toArray(new X509Certificate[0]);
        }
    }
}
