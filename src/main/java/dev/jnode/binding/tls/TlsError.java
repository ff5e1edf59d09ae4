package dev.jnode.binding.tls;

/**
 * A TLS or certificate failure described the way OpenSSL (and so Node) reports it: a Node error
 * code such as {@code ERR_SSL_WRONG_VERSION_NUMBER} or {@code ERR_OSSL_BAD_DECRYPT}, the OpenSSL
 * library name and the reason text. JS turns it into an Error with {@code code}, {@code library}
 * and {@code reason} properties.
 */
public final class TlsError extends RuntimeException {
    final String code;
    final String library;
    final String reason;

    TlsError(String code, String library, String reason) {
        super(reason, null, false, false);
        this.code = code;
        this.library = library;
        this.reason = reason;
    }

    /** An error of OpenSSL's SSL library: code ERR_SSL_ plus the reason in capitals. */
    static TlsError ssl(String reason) {
        return new TlsError("ERR_SSL_" + codeOf(reason), "SSL routines", reason);
    }

    /** An error of another OpenSSL library; Node's code names some libraries (X509, PEM…). */
    static TlsError ossl(String library, String reason) {
        String lib = switch (library) {
            case "x509 certificate routines" -> "X509_";
            case "PEM routines" -> "PEM_";
            case "digital envelope routines" -> "EVP_";
            case "asn1 encoding routines" -> "ASN1_";
            case "common libcrypto routines" -> "CRYPTO_";
            default -> "";
        };
        return new TlsError("ERR_OSSL_" + lib + codeOf(reason), library, reason);
    }

    static String codeOf(String reason) {
        StringBuilder sb = new StringBuilder(reason.length());
        for (int i = 0; i < reason.length(); i++) {
            char c = reason.charAt(i);
            if (c == ' ') sb.append('_');
            else sb.append(Character.toUpperCase(c));
        }
        return sb.toString();
    }

    /** The same failure under another code (OpenSSL's codes are not always the reason's). */
    TlsError withCode(String c) {
        return new TlsError(c, library, reason);
    }

    /** [code, library, reason] for JS. */
    Object[] toArray() {
        return new Object[] {code, library, reason};
    }
}
