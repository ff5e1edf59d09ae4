package dev.jnode.binding.tls;

import dev.jnode.binding.net.SocketHandle;
import dev.jnode.runtime.NodeRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * internalBinding('tls_wrap'): secure contexts ({@link SecureContextHandle}), TLS on node:net's TCP
 * sockets ({@link TlsConnection}) and certificate details for getPeerCertificate and
 * crypto.X509Certificate ({@link X509Info}).
 *
 * <p>Everything here belongs to one runtime: the default root certificates (the JDK's trust
 * store) and Bouncy Castle's provider are loaded on first use and kept per binding.
 */
public final class TlsWrapBinding {
    final NodeRuntime runtime;
    private List<X509Certificate> roots;
    private Provider bc;
    private SecureRandom random;
    private String[] suites;

    public TlsWrapBinding(NodeRuntime runtime) {
        this.runtime = runtime;
    }

    static ByteBuffer direct(byte[] b) {
        ByteBuffer bb = ByteBuffer.allocateDirect(b.length);
        bb.put(b).flip();
        return bb;
    }

    Provider bouncyCastle() {
        if (bc == null) bc = new org.bouncycastle.jce.provider.BouncyCastleProvider();
        return bc;
    }

    SecureRandom random() {
        if (random == null) random = new SecureRandom();
        return random;
    }

    /** The JDK's trusted roots (its cacerts), Node's bundled roots' counterpart. */
    List<X509Certificate> defaultRoots() {
        if (roots == null) {
            List<X509Certificate> r = new ArrayList<>();
            try {
                TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                f.init((KeyStore) null);
                for (TrustManager tm : f.getTrustManagers()) {
                    if (tm instanceof X509TrustManager x) r.addAll(List.of(x.getAcceptedIssuers()));
                }
            } catch (GeneralSecurityException e) {
                // no trust store: nothing is trusted by default
            }
            roots = List.copyOf(r);
        }
        return roots;
    }

    String[] supportedSuites() {
        if (suites == null) {
            try {
                suites = SSLContext.getDefault().getSupportedSSLParameters().getCipherSuites();
                List<String> usable = new ArrayList<>();
                // the suites enabled by default are the ones the JDK's policy allows
                Set<String> enabled = Set.of(SSLContext.getDefault().getDefaultSSLParameters().getCipherSuites());
                for (String s : suites) if (enabled.contains(s)) usable.add(s);
                suites = usable.toArray(new String[0]);
            } catch (GeneralSecurityException e) {
                suites = new String[0];
            }
        }
        return suites;
    }

    // ---- exported ----

    @HostAccess.Export
    public SecureContextHandle createSecureContext() {
        return new SecureContextHandle(this);
    }

    /** TLS for a TCP socket handle (not started: JS sets the options, then calls start()). */
    @HostAccess.Export
    public TlsConnection wrap(SocketHandle socket, SecureContextHandle context, boolean server) {
        return new TlsConnection(this, socket, context, server);
    }

    /** The fields of a DER certificate (see {@link X509Info#describe}), or an error array. */
    @HostAccess.Export
    public Object[] x509(Value ab, double offset, int length) {
        byte[] der = new byte[length];
        ab.readBuffer((long) offset, der, 0, length);
        try {
            return X509Info.describe(Pem.parseCert(der));
        } catch (TlsError e) {
            return null;
        }
    }

    /** Whether the first DER certificate was issued (and signed) by the second. */
    @HostAccess.Export
    public boolean checkIssued(Value subject, Value issuer) {
        X509Certificate s = Pem.parseCert(bytes(subject));
        X509Certificate i = Pem.parseCert(bytes(issuer));
        if (!s.getIssuerX500Principal().equals(i.getSubjectX500Principal())) return false;
        try {
            s.verify(i.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** The DER certificates in PEM text, or null when there are none. */
    @HostAccess.Export
    public Object[] pemCertificates(String text) {
        try {
            List<X509Certificate> certs = Pem.certs(text);
            Object[] out = new Object[certs.size()];
            for (int i = 0; i < out.length; i++) out[i] = direct(SecureContextHandle.encoded(certs.get(i)));
            return out;
        } catch (TlsError e) {
            return null;
        }
    }

    /** tls.rootCertificates: the default roots as PEM. */
    @HostAccess.Export
    public String[] rootCertificates() {
        List<X509Certificate> r = defaultRoots();
        String[] out = new String[r.size()];
        Base64.Encoder enc = Base64.getMimeEncoder(64, new byte[] {'\n'});
        for (int i = 0; i < out.length; i++) {
            out[i] = "-----BEGIN CERTIFICATE-----\n" + enc.encodeToString(SecureContextHandle.encoded(r.get(i)))
                    + "\n-----END CERTIFICATE-----";
        }
        return out;
    }

    /** tls.getCiphers(): OpenSSL names of the suites the JDK offers, lower case, sorted. */
    @HostAccess.Export
    public String[] ciphers() {
        Set<String> out = new TreeSet<>();
        for (String s : supportedSuites()) {
            String n = Ciphers.openssl(s);
            if (n != null) out.add(n.toLowerCase(java.util.Locale.ROOT));
        }
        return out.toArray(new String[0]);
    }

    /** Checks a chain (DER, leaf first) against CA certificates (DER): [code, message] or null. */
    @HostAccess.Export
    public Object[] verifyChain(Value[] chain, Value[] cas) {
        List<X509Certificate> c = new ArrayList<>();
        for (Value v : chain) c.add(Pem.parseCert(bytes(v)));
        List<X509Certificate> a = new ArrayList<>();
        for (Value v : cas) a.add(Pem.parseCert(bytes(v)));
        CertVerifier.Result r = CertVerifier.verify(c, a, new java.util.Date());
        return r.code() == null ? null : new Object[] {r.code(), r.message()};
    }

    private static byte[] bytes(Value u8) {
        Value ab = u8.getMember("buffer");
        int off = u8.getMember("byteOffset").asInt();
        int len = u8.getMember("byteLength").asInt();
        byte[] b = new byte[len];
        ab.readBuffer(off, b, 0, len);
        return b;
    }
}
