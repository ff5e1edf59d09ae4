package dev.jnode.binding.tls;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * OpenSSL cipher names (what Node shows and accepts) for the JDK's IANA suite names, and OpenSSL
 * cipher-list strings ("ECDHE-RSA-AES128-GCM-SHA256:HIGH:!aNULL") resolved against the suites
 * the JDK supports.
 */
final class Ciphers {
    private Ciphers() {
    }

    /** The OpenSSL name of an IANA suite name, or null when OpenSSL has no name for it. */
    static String openssl(String iana) {
        if (iana.startsWith("TLS_AES_") || iana.startsWith("TLS_CHACHA20_")) return iana; // TLS 1.3
        if (!iana.startsWith("TLS_")) return null;
        int w = iana.indexOf("_WITH_");
        if (w < 0) return null;
        String kx = iana.substring(4, w);
        String rest = iana.substring(w + 6);
        String prefix;
        switch (kx) {
            case "ECDHE_RSA" -> prefix = "ECDHE-RSA-";
            case "ECDHE_ECDSA" -> prefix = "ECDHE-ECDSA-";
            case "DHE_RSA" -> prefix = "DHE-RSA-";
            case "DHE_DSS" -> prefix = "DHE-DSS-";
            case "RSA" -> prefix = "";
            case "ECDH_RSA" -> prefix = "ECDH-RSA-";
            case "ECDH_ECDSA" -> prefix = "ECDH-ECDSA-";
            default -> {
                return null;
            }
        }
        String cipher;
        String mac;
        if (rest.startsWith("CHACHA20_POLY1305_")) {
            return prefix + "CHACHA20-POLY1305";
        } else if (rest.startsWith("AES_128_GCM_")) {
            cipher = "AES128-GCM";
            mac = rest.substring(12);
        } else if (rest.startsWith("AES_256_GCM_")) {
            cipher = "AES256-GCM";
            mac = rest.substring(12);
        } else if (rest.startsWith("AES_128_CBC_")) {
            cipher = "AES128";
            mac = rest.substring(12);
        } else if (rest.startsWith("AES_256_CBC_")) {
            cipher = "AES256";
            mac = rest.substring(12);
        } else if (rest.startsWith("3DES_EDE_CBC_")) {
            cipher = prefix.isEmpty() ? "DES-CBC3" : "DES-CBC3";
            mac = rest.substring(13);
            if (prefix.startsWith("ECDHE-") || prefix.startsWith("DHE-")) {
                return (prefix.startsWith("DHE-RSA") ? "EDH-RSA-" : prefix) + cipher + "-" + mac;
            }
        } else {
            return null;
        }
        return prefix + cipher + "-" + mac;
    }

    /**
     * The JDK suites an OpenSSL cipher list selects, in the list's order. TLS 1.3 suites are
     * kept unless the list names some (Node passes them through the same option).
     */
    static String[] select(String list, String[] supported) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> removed = new LinkedHashSet<>();
        boolean any13 = false;
        for (String raw : list.split("[:, ]+")) {
            String item = raw.trim();
            int at = item.indexOf('@');
            if (at >= 0) item = item.substring(0, at); // @SECLEVEL=n, @STRENGTH: no JDK meaning
            if (item.isEmpty()) continue;
            boolean remove = item.startsWith("!") || item.startsWith("-");
            if (item.startsWith("!") || item.startsWith("-") || item.startsWith("+")) item = item.substring(1);
            List<String> hits = new ArrayList<>();
            for (String s : supported) {
                if (matches(item, s)) hits.add(s);
            }
            for (String h : hits) if (h.startsWith("TLS_AES_") || h.startsWith("TLS_CHACHA20_")) any13 = true;
            if (remove) {
                out.removeAll(hits);
                if (raw.trim().startsWith("!")) removed.addAll(hits);
            } else {
                for (String h : hits) if (!removed.contains(h)) out.add(h);
            }
        }
        List<String> result = new ArrayList<>(out);
        if (!any13) {
            for (String s : supported) {
                if ((s.startsWith("TLS_AES_") || s.startsWith("TLS_CHACHA20_")) && !result.contains(s)) result.add(s);
            }
        }
        return result.toArray(new String[0]);
    }

    /** OpenSSL's cipher-string keywords as it spells them (it matches them case-sensitively). */
    private static final Set<String> KEYWORDS = Set.of("ALL", "DEFAULT", "HIGH", "COMPLEMENTOFDEFAULT",
            "SECURE", "MEDIUM", "LOW", "EXPORT", "EXP", "NULL", "eNULL", "aNULL", "RC4", "MD5", "DES", "PSK",
            "SRP", "CAMELLIA", "IDEA", "SEED", "ADH", "AECDH", "kRSA", "DSS", "aDSS", "3DES", "ECDHE", "EECDH",
            "kECDHE", "kEECDH", "DHE", "EDH", "kDHE", "kEDH", "RSA", "aRSA", "ECDSA", "aECDSA", "AES", "AES128",
            "AES256", "AESGCM", "CHACHA20", "SHA", "SHA1", "SHA256", "SHA384", "TLSv1.2", "TLSv1", "SSLv3",
            "TLSv1.0");

    private static boolean matches(String item, String iana) {
        String name = openssl(iana);
        if (name == null) return false;
        if (item.contains("+")) {
            for (String part : item.split("\\+")) if (!matches(part, iana)) return false;
            return true;
        }
        // OpenSSL matches names and keywords case-sensitively ("aes256-sha" selects nothing)
        if (item.equals(name) || item.equals(iana)) return true;
        boolean tls13 = name.equals(iana);
        if (!KEYWORDS.contains(item)) return false;
        String u = item.toUpperCase(Locale.ROOT);
        switch (u) {
            case "ALL", "DEFAULT", "HIGH", "COMPLEMENTOFDEFAULT", "SECURE":
                return !tls13;
            case "MEDIUM", "LOW", "EXPORT", "EXP", "NULL", "ENULL", "ANULL", "RC4", "MD5", "DES", "PSK",
                    "SRP", "CAMELLIA", "IDEA", "SEED", "ADH", "AECDH", "KRSA5", "DSS", "ADSS", "3DES":
                return u.equals("3DES") && name.contains("DES-CBC3");
            case "ECDHE", "EECDH", "KECDHE", "KEECDH":
                return name.startsWith("ECDHE-");
            case "DHE", "EDH", "KDHE", "KEDH":
                return name.startsWith("DHE-") || name.startsWith("EDH-");
            case "RSA", "KRSA":
                return !tls13 && (u.equals("RSA") ? !name.contains("ECDSA") && !name.contains("DSS")
                        : !name.contains("DH"));
            case "ARSA":
                return name.contains("RSA");
            case "ECDSA", "AECDSA":
                return name.contains("ECDSA");
            case "AES":
                return name.contains("AES");
            case "AES128":
                return name.contains("AES128");
            case "AES256":
                return name.contains("AES256");
            case "AESGCM":
                return name.contains("GCM");
            case "CHACHA20":
                return name.contains("CHACHA20");
            case "SHA", "SHA1":
                return name.endsWith("-SHA");
            case "SHA256":
                return name.endsWith("SHA256");
            case "SHA384":
                return name.endsWith("SHA384");
            case "TLSV1.2":
                return !tls13 && (name.contains("GCM") || name.endsWith("SHA256") || name.endsWith("SHA384")
                        || name.contains("CHACHA"));
            case "TLSV1", "SSLV3", "TLSV1.0":
                return !tls13 && name.endsWith("-SHA");
            default:
                return false;
        }
    }
}
