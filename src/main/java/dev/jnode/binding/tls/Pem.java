package dev.jnode.binding.tls;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMDecryptorProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reading keys and certificates as Node accepts them: PEM text (certificates, PKCS#8, PKCS#1 RSA,
 * SEC1 EC keys, encrypted PKCS#8 and OpenSSL's legacy "Proc-Type: 4,ENCRYPTED" keys) and PKCS#12
 * bundles. Failures are {@link TlsError}s with OpenSSL's reasons.
 */
final class Pem {
    private Pem() {
    }

    static X509Certificate parseCert(byte[] der) {
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            return (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw TlsError.ossl("asn1 encoding routines", "wrong tag");
        }
    }

    /** Every certificate in {@code text}, in order; none is "no start line". */
    static List<X509Certificate> certs(String text) {
        List<X509Certificate> out = new ArrayList<>();
        try (PEMParser p = new PEMParser(new StringReader(text))) {
            Object o;
            while ((o = p.readObject()) != null) {
                if (o instanceof X509CertificateHolder h) out.add(parseCert(h.getEncoded()));
                // OpenSSL's "TRUSTED CERTIFICATE": the certificate with its trust settings
                if (o instanceof org.bouncycastle.openssl.X509TrustedCertificateBlock t) {
                    out.add(parseCert(t.getCertificateHolder().getEncoded()));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof TlsError t) throw t;
            if (out.isEmpty()) throw TlsError.ossl("PEM routines", "bad end line");
        }
        if (out.isEmpty()) throw TlsError.ossl("PEM routines", "no start line");
        return out;
    }

    /**
     * The first private key in {@code text}; {@code passphrase} null when none was given.
     * {@code bc} supplies Bouncy Castle's provider for the ciphers of encrypted keys.
     */
    static PrivateKey key(String text, char[] passphrase, Supplier<Provider> bc) {
        JcaPEMKeyConverter conv = new JcaPEMKeyConverter();
        try (PEMParser p = new PEMParser(new StringReader(text))) {
            Object o;
            while ((o = p.readObject()) != null) {
                if (o instanceof PrivateKeyInfo pki) return conv.getPrivateKey(pki);
                if (o instanceof PEMKeyPair kp) return conv.getPrivateKey(kp.getPrivateKeyInfo());
                if (o instanceof PKCS8EncryptedPrivateKeyInfo enc) {
                    if (passphrase == null) throw interrupted();
                    try {
                        InputDecryptorProvider d = new JceOpenSSLPKCS8DecryptorProviderBuilder()
                                .setProvider(bc.get()).build(passphrase);
                        return conv.getPrivateKey(enc.decryptPrivateKeyInfo(d));
                    } catch (PKCSException | OperatorCreationException e) {
                        throw badDecrypt();
                    }
                }
                if (o instanceof PEMEncryptedKeyPair enc) {
                    if (passphrase == null) throw interrupted();
                    try {
                        PEMDecryptorProvider d = new JcePEMDecryptorProviderBuilder()
                                .setProvider(bc.get()).build(passphrase);
                        return conv.getPrivateKey(enc.decryptKeyPair(d).getPrivateKeyInfo());
                    } catch (IOException e) {
                        throw badDecrypt();
                    }
                }
            }
        } catch (PEMException e) {
            throw TlsError.ossl("DECODER routines", "unsupported");
        } catch (IOException | RuntimeException e) {
            if (e instanceof TlsError t) throw t;
            throw TlsError.ossl("DECODER routines", "unsupported");
        }
        throw TlsError.ossl("DECODER routines", "unsupported");
    }

    private static TlsError interrupted() {
        return badDecrypt(); // Node 26 reports a missing passphrase so too
    }

    private static TlsError badDecrypt() {
        return TlsError.ossl("Provider routines", "bad decrypt");
    }

    /** A PKCS#12 bundle: the key, its chain (leaf first) and any other certificates. */
    record Pfx(PrivateKey key, List<X509Certificate> chain, List<X509Certificate> extra) {
    }

    /**
     * Ciphers OpenSSL 3 keeps in its legacy provider (not loaded by Node): RC2, RC4, single DES,
     * and the PKCS#12 PBE schemes built on RC2/RC4.
     */
    private static final java.util.Set<String> LEGACY_PFX_CIPHERS = java.util.Set.of(
            "1.2.840.113549.3.2", "1.2.840.113549.3.4", "1.3.14.3.2.7",
            "1.2.840.113549.1.12.1.1", "1.2.840.113549.1.12.1.2", "1.2.840.113549.1.12.1.5",
            "1.2.840.113549.1.12.1.6", "1.2.840.113549.1.5.3", "1.2.840.113549.1.5.6",
            "1.2.840.113549.1.5.10", "1.2.840.113549.1.5.11");

    /** Whether the PKCS#12's encrypted parts use a cipher OpenSSL 3 refuses by default. */
    static boolean legacyPfx(byte[] der) {
        try {
            org.bouncycastle.pkcs.PKCS12PfxPdu pdu = new org.bouncycastle.pkcs.PKCS12PfxPdu(der);
            for (org.bouncycastle.asn1.pkcs.ContentInfo ci : pdu.getContentInfos()) {
                if (!ci.getContentType().equals(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.encryptedData)) {
                    continue;
                }
                org.bouncycastle.asn1.x509.AlgorithmIdentifier alg = org.bouncycastle.asn1.pkcs.EncryptedData
                        .getInstance(ci.getContent()).getEncryptionAlgorithm();
                String oid = alg.getAlgorithm().getId();
                if (alg.getAlgorithm().equals(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_PBES2)) {
                    oid = org.bouncycastle.asn1.pkcs.PBES2Parameters.getInstance(alg.getParameters())
                            .getEncryptionScheme().getAlgorithm().getId();
                }
                if (LEGACY_PFX_CIPHERS.contains(oid)) return true;
            }
        } catch (RuntimeException | IOException e) {
            return false; // not parsable here: the KeyStore reports it
        }
        return false;
    }

    private static boolean macValid(byte[] der, char[] pass) {
        try {
            org.bouncycastle.pkcs.PKCS12PfxPdu pdu = new org.bouncycastle.pkcs.PKCS12PfxPdu(der);
            if (!pdu.hasMac()) return true;
            return pdu.isMacValid(new org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilderProvider(
                    org.bouncycastle.operator.bc.BcDefaultDigestProvider.INSTANCE), pass);
        } catch (Exception e) {
            return false;
        }
    }

    static Pfx pfx(byte[] der, char[] passphrase) {
        char[] pass = passphrase == null ? new char[0] : passphrase;
        if (legacyPfx(der)) {
            // after the MAC check: a wrong passphrase is reported first, as OpenSSL does
            if (!macValid(der, pass)) throw new TlsError("ERR_CRYPTO_OPERATION_FAILED", null, "mac verify failure");
            throw new TlsError("ERR_CRYPTO_UNSUPPORTED_OPERATION", null, "Unsupported PKCS12 PFX data");
        }
        KeyStore ks;
        try {
            ks = KeyStore.getInstance("PKCS12");
            ks.load(new ByteArrayInputStream(der), pass);
        } catch (IOException e) {
            if (e.getCause() instanceof java.security.UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).contains("password")) {
                throw new TlsError("ERR_CRYPTO_OPERATION_FAILED", null, "mac verify failure");
            }
            throw new TlsError("ERR_CRYPTO_OPERATION_FAILED", null, "not enough data");
        } catch (Exception e) {
            throw new TlsError("ERR_CRYPTO_OPERATION_FAILED", null, "not enough data");
        }
        PrivateKey key = null;
        List<X509Certificate> chain = new ArrayList<>();
        List<X509Certificate> extra = new ArrayList<>();
        try {
            Enumeration<String> aliases = ks.aliases();
            while (aliases.hasMoreElements()) {
                String a = aliases.nextElement();
                if (key == null && ks.isKeyEntry(a)) {
                    key = (PrivateKey) ks.getKey(a, pass);
                    Certificate[] c = ks.getCertificateChain(a);
                    if (c != null) for (Certificate x : c) chain.add((X509Certificate) x);
                } else if (ks.isCertificateEntry(a)) {
                    extra.add((X509Certificate) ks.getCertificate(a));
                }
            }
        } catch (Exception e) {
            throw new TlsError("ERR_CRYPTO_OPERATION_FAILED", null, "mac verify failure");
        }
        if (key == null && chain.isEmpty()) {
            throw new TlsError("ERR_CRYPTO_OPERATION_FAILED", null, "Unable to load private key from PFX data");
        }
        return new Pfx(key, chain, extra);
    }
}
