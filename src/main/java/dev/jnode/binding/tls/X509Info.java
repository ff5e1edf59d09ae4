package dev.jnode.binding.tls;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;

import java.math.BigInteger;
import java.net.InetAddress;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A certificate's fields as Node shows them (getPeerCertificate, X509Certificate): OpenSSL's short
 * names for name attributes, its text forms of the alt names and access info, dates as
 * "Sep  3 21:40:37 2022 GMT", upper-case hex serials and fingerprints.
 */
final class X509Info {
    private X509Info() {
    }

    static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry("2.5.4.3", "CN"), Map.entry("2.5.4.6", "C"), Map.entry("2.5.4.7", "L"),
            Map.entry("2.5.4.8", "ST"), Map.entry("2.5.4.10", "O"), Map.entry("2.5.4.11", "OU"),
            Map.entry("1.2.840.113549.1.9.1", "emailAddress"), Map.entry("2.5.4.5", "serialNumber"),
            Map.entry("2.5.4.4", "SN"), Map.entry("2.5.4.42", "GN"), Map.entry("2.5.4.12", "title"),
            Map.entry("2.5.4.9", "street"), Map.entry("2.5.4.17", "postalCode"),
            Map.entry("0.9.2342.19200300.100.1.25", "DC"), Map.entry("0.9.2342.19200300.100.1.1", "UID"),
            Map.entry("2.5.4.46", "dnQualifier"), Map.entry("2.5.4.43", "initials"),
            Map.entry("2.5.4.65", "pseudonym"), Map.entry("2.5.4.44", "generationQualifier"),
            Map.entry("2.5.4.15", "businessCategory"), Map.entry("2.5.4.97", "organizationIdentifier"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.3", "jurisdictionC"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.2", "jurisdictionST"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.1", "jurisdictionL"), Map.entry("2.5.4.41", "name"),
            Map.entry("2.5.4.16", "postalAddress"), Map.entry("2.5.4.18", "postOfficeBox"));

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};

    /** A name as "key\0value\0key\0value…" in certificate order. */
    static String name(byte[] encodedName) {
        X500Name n = X500Name.getInstance(encodedName);
        StringBuilder sb = new StringBuilder();
        for (RDN rdn : n.getRDNs()) {
            for (AttributeTypeAndValue tv : rdn.getTypesAndValues()) {
                String oid = tv.getType().getId();
                String key = SHORT_NAMES.getOrDefault(oid, oid);
                ASN1Encodable v = tv.getValue();
                String val = v instanceof ASN1String s ? s.getString() : v.toString();
                if (sb.length() > 0) sb.append('\0');
                sb.append(key).append('\0').append(val);
            }
        }
        return sb.toString();
    }

    /** OpenSSL's one-line form ("C=US, CN=x") is not what Node shows: X509Certificate.subject is lines. */
    static String nameLines(byte[] encodedName) {
        String[] parts = name(encodedName).split("\0", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(parts[i]).append('=').append(parts[i + 1]);
        }
        return sb.toString();
    }

    static String date(Date d) {
        ZonedDateTime t = d.toInstant().atZone(ZoneOffset.UTC);
        return String.format(Locale.ROOT, "%s %2d %02d:%02d:%02d %d GMT", MONTHS[t.getMonthValue() - 1],
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), t.getYear());
    }

    static String hexEven(BigInteger n) {
        String h = n.toString(16).toUpperCase(Locale.ROOT);
        return (h.length() % 2 == 1) ? "0" + h : h;
    }

    static String fingerprint(byte[] der, String alg) {
        try {
            byte[] d = MessageDigest.getInstance(alg).digest(der);
            StringBuilder sb = new StringBuilder(d.length * 3);
            for (int i = 0; i < d.length; i++) {
                if (i > 0) sb.append(':');
                sb.append(Character.toUpperCase(Character.forDigit((d[i] >> 4) & 15, 16)));
                sb.append(Character.toUpperCase(Character.forDigit(d[i] & 15, 16)));
            }
            return sb.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** subjectAltName in OpenSSL's text ("DNS:a.com, IP Address:127.0.0.1"), or null. */
    static String altNames(X509Certificate c) {
        byte[] ext = c.getExtensionValue("2.5.29.17");
        if (ext == null) return null;
        GeneralNames names = GeneralNames.getInstance(ASN1OctetString.getInstance(ext).getOctets());
        StringBuilder sb = new StringBuilder();
        for (GeneralName g : names.getNames()) {
            if (sb.length() > 0) sb.append(", ");
            switch (g.getTagNo()) {
                case GeneralName.dNSName -> sb.append("DNS:").append(quoted(((ASN1String) g.getName()).getString()));
                case GeneralName.rfc822Name -> sb.append("email:").append(quoted(((ASN1String) g.getName()).getString()));
                case GeneralName.uniformResourceIdentifier ->
                        sb.append("URI:").append(quoted(((ASN1String) g.getName()).getString()));
                case GeneralName.iPAddress -> sb.append("IP Address:").append(ip(ASN1OctetString.getInstance(g.getName()).getOctets()));
                case GeneralName.directoryName -> {
                    sb.append("DirName:");
                    String[] p;
                    try {
                        p = name(X500Name.getInstance(g.getName()).getEncoded()).split("\0", -1);
                    } catch (java.io.IOException e) {
                        p = new String[0];
                    }
                    for (int i = 0; i + 1 < p.length; i += 2) sb.append('/').append(p[i]).append('=').append(p[i + 1]);
                }
                case GeneralName.registeredID -> sb.append("Registered ID:").append(g.getName());
                default -> sb.append("othername:<unsupported>");
            }
        }
        return sb.toString();
    }

    private static String quoted(String s) {
        // Node quotes names that would make the list ambiguous
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ',' || ch == ':' || ch == '"' || ch == '\\' || ch < 0x20 || ch > 0x7e) {
                StringBuilder sb = new StringBuilder("\"");
                for (int j = 0; j < s.length(); j++) {
                    char x = s.charAt(j);
                    if (x == '"' || x == '\\') sb.append('\\').append(x);
                    else if (x < 0x20 || x == 0x7f) sb.append(String.format("\\u%04x", (int) x));
                    else sb.append(x);
                }
                return sb.append('"').toString();
            }
        }
        return s;
    }

    static String ip(byte[] a) {
        if (a.length == 4) {
            return (a[0] & 255) + "." + (a[1] & 255) + "." + (a[2] & 255) + "." + (a[3] & 255);
        }
        if (a.length == 16) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 16; i += 2) {
                if (i > 0) sb.append(':');
                sb.append(Integer.toHexString(((a[i] & 255) << 8) | (a[i + 1] & 255)).toUpperCase(Locale.ROOT));
            }
            return sb.toString();
        }
        return "<invalid>";
    }

    /** Authority information access as "method - URI\0value\0…", or null. */
    static String infoAccess(X509Certificate c) {
        byte[] ext = c.getExtensionValue("1.3.6.1.5.5.7.1.1");
        if (ext == null) return null;
        AuthorityInformationAccess aia =
                AuthorityInformationAccess.getInstance(ASN1OctetString.getInstance(ext).getOctets());
        StringBuilder sb = new StringBuilder();
        for (AccessDescription d : aia.getAccessDescriptions()) {
            ASN1ObjectIdentifier m = d.getAccessMethod();
            String method = m.equals(X509ObjectIdentifiers.id_ad_ocsp) ? "OCSP"
                    : m.equals(X509ObjectIdentifiers.id_ad_caIssuers) ? "CA Issuers" : m.getId();
            GeneralName g = d.getAccessLocation();
            String kind;
            String val;
            switch (g.getTagNo()) {
                case GeneralName.uniformResourceIdentifier -> {
                    kind = "URI";
                    val = ((ASN1String) g.getName()).getString();
                }
                case GeneralName.dNSName -> {
                    kind = "DNS";
                    val = ((ASN1String) g.getName()).getString();
                }
                default -> {
                    kind = "othername";
                    val = "<unsupported>";
                }
            }
            if (sb.length() > 0) sb.append('\0');
            sb.append(method).append(" - ").append(kind).append('\0').append(val);
        }
        return sb.toString();
    }

    static String curveName(ECPublicKey k, boolean nist) {
        int bits = k.getParams().getCurve().getField().getFieldSize();
        String spec = k.getParams().toString();
        if (spec.contains("secp256k1")) return nist ? null : "secp256k1";
        return switch (bits) {
            case 256 -> nist ? "P-256" : "prime256v1";
            case 384 -> nist ? "P-384" : "secp384r1";
            case 521 -> nist ? "P-521" : "secp521r1";
            case 224 -> nist ? "P-224" : "secp224r1";
            default -> null;
        };
    }

    /**
     * [subject, issuer, subjectaltname, infoAccess, ca, keyType, bits, modulus, exponent, pubkey,
     * valid_from, valid_to, fingerprint, fingerprint256, fingerprint512, ext_key_usage, serialNumber,
     * raw, asn1Curve, nistCurve, validFromMillis, validToMillis, subjectLines, issuerLines,
     * signatureAlgorithmOid].
     */
    static Object[] describe(X509Certificate c) {
        byte[] der = SecureContextHandle.encoded(c);
        Object[] o = new Object[25];
        o[0] = name(c.getSubjectX500Principal().getEncoded());
        o[1] = name(c.getIssuerX500Principal().getEncoded());
        try {
            o[2] = altNames(c);
        } catch (RuntimeException e) {
            o[2] = null;
        }
        try {
            o[3] = infoAccess(c);
        } catch (RuntimeException e) {
            o[3] = null;
        }
        o[4] = c.getBasicConstraints() >= 0;
        PublicKey pk = c.getPublicKey();
        if (pk instanceof RSAPublicKey r) {
            o[5] = "rsa";
            o[6] = r.getModulus().bitLength();
            o[7] = hexEven(r.getModulus());
            o[8] = "0x" + r.getPublicExponent().toString(16);
            o[9] = TlsWrapBinding.direct(pk.getEncoded());
        } else if (pk instanceof ECPublicKey e) {
            o[5] = "ec";
            o[6] = e.getParams().getCurve().getField().getFieldSize();
            int n = (e.getParams().getCurve().getField().getFieldSize() + 7) / 8;
            byte[] pt = new byte[1 + 2 * n];
            pt[0] = 4;
            put(pt, 1, n, e.getW().getAffineX());
            put(pt, 1 + n, n, e.getW().getAffineY());
            o[9] = TlsWrapBinding.direct(pt);
            o[18] = curveName(e, false);
            o[19] = curveName(e, true);
        } else {
            o[5] = pk.getAlgorithm().toLowerCase(Locale.ROOT);
            o[9] = TlsWrapBinding.direct(pk.getEncoded());
        }
        o[10] = date(c.getNotBefore());
        o[11] = date(c.getNotAfter());
        o[12] = fingerprint(der, "SHA-1");
        o[13] = fingerprint(der, "SHA-256");
        o[14] = fingerprint(der, "SHA-512");
        try {
            List<String> eku = c.getExtendedKeyUsage();
            o[15] = eku == null ? null : String.join(",", eku);
        } catch (java.security.cert.CertificateParsingException e) {
            o[15] = null;
        }
        o[16] = hexEven(c.getSerialNumber());
        o[17] = TlsWrapBinding.direct(der);
        o[20] = (double) c.getNotBefore().getTime();
        o[21] = (double) c.getNotAfter().getTime();
        o[22] = nameLines(c.getSubjectX500Principal().getEncoded());
        o[23] = nameLines(c.getIssuerX500Principal().getEncoded());
        o[24] = c.getSigAlgOID();
        return o;
    }

    private static void put(byte[] out, int off, int n, BigInteger v) {
        byte[] b = v.toByteArray();
        int start = Math.max(0, b.length - n);
        int len = b.length - start;
        System.arraycopy(b, start, out, off + n - len, len);
    }

    static String hostOf(InetAddress a) {
        return a.getHostAddress();
    }
}
