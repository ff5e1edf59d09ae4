package dev.jnode.binding.tls;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Checks a peer's certificate chain against trusted CAs the way OpenSSL's X509_verify_cert reports
 * it: builds the path from the leaf through the peer's certificates to a trusted one, then checks
 * the dates, and names the first failure with OpenSSL's code (DEPTH_ZERO_SELF_SIGNED_CERT,
 * UNABLE_TO_VERIFY_LEAF_SIGNATURE, CERT_HAS_EXPIRED, …) and message.
 */
final class CertVerifier {
    private CertVerifier() {
    }

    /** The outcome: {@code code} null when the chain is trusted; {@code path} the chain built. */
    record Result(String code, String message, List<X509Certificate> path) {
    }

    static Result verify(List<X509Certificate> peer, Collection<X509Certificate> anchors, Date now) {
        return verify(peer, anchors, now, false);
    }

    /**
     * {@code partial}: OpenSSL's X509_V_FLAG_PARTIAL_CHAIN (Node's allowPartialTrustChain), any
     * trusted certificate ends the path; otherwise the path must reach a self-signed trusted one.
     */
    static Result verify(List<X509Certificate> peer, Collection<X509Certificate> anchors, Date now,
                         boolean partial) {
        if (peer.isEmpty()) {
            return new Result("UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate", List.of());
        }
        List<X509Certificate> path = new ArrayList<>();
        X509Certificate cur = peer.get(0);
        path.add(cur);
        String failCode = null;
        String failMsg = null;
        boolean trusted = false;
        for (int depth = 0; depth < 32; depth++) {
            if (isIn(cur, anchors) && (partial || selfSigned(cur))) {
                trusted = true;
                break;
            }
            X509Certificate anchor = findIssuer(cur, anchors, path);
            if (anchor != null) {
                path.add(anchor);
                if (partial || selfSigned(anchor)) {
                    trusted = true;
                    break;
                }
                cur = anchor;
                continue;
            }
            X509Certificate next = findIssuer(cur, peer, path);
            if (next != null) {
                path.add(next);
                cur = next;
                continue;
            }
            if (isIn(cur, anchors) && path.size() > 1) {
                // a trusted intermediate whose own issuer is nowhere
                failCode = "UNABLE_TO_GET_ISSUER_CERT";
                failMsg = "unable to get issuer certificate";
            } else if (selfSigned(cur)) {
                if (path.size() == 1) {
                    failCode = "DEPTH_ZERO_SELF_SIGNED_CERT";
                    failMsg = "self-signed certificate";
                } else {
                    failCode = "SELF_SIGNED_CERT_IN_CHAIN";
                    failMsg = "self-signed certificate in certificate chain";
                }
            } else if (path.size() == 1) {
                failCode = "UNABLE_TO_VERIFY_LEAF_SIGNATURE";
                failMsg = "unable to verify the first certificate";
            } else {
                failCode = "UNABLE_TO_GET_ISSUER_CERT_LOCALLY";
                failMsg = "unable to get local issuer certificate";
            }
            break;
        }
        if (!trusted && failCode == null) {
            failCode = "CERT_CHAIN_TOO_LONG";
            failMsg = "certificate chain too long";
        }
        if (failCode != null) return new Result(failCode, failMsg, path);
        for (X509Certificate c : path) {
            if (now.after(c.getNotAfter())) return new Result("CERT_HAS_EXPIRED", "certificate has expired", path);
            if (now.before(c.getNotBefore())) {
                return new Result("CERT_NOT_YET_VALID", "certificate is not yet valid", path);
            }
        }
        return new Result(null, null, path);
    }

    private static boolean isIn(X509Certificate c, Collection<X509Certificate> set) {
        byte[] enc = SecureContextHandle.encoded(c);
        for (X509Certificate x : set) {
            if (x == c || Arrays.equals(SecureContextHandle.encoded(x), enc)) return true;
        }
        return false;
    }

    private static X509Certificate findIssuer(X509Certificate c, Collection<X509Certificate> pool,
                                              List<X509Certificate> exclude) {
        for (X509Certificate x : pool) {
            if (exclude.contains(x)) continue;
            if (!x.getSubjectX500Principal().equals(c.getIssuerX500Principal())) continue;
            if (signedBy(c, x)) return x;
        }
        return null;
    }

    static boolean selfSigned(X509Certificate c) {
        return c.getSubjectX500Principal().equals(c.getIssuerX500Principal()) && signedBy(c, c);
    }

    private static boolean signedBy(X509Certificate c, X509Certificate issuer) {
        try {
            c.verify(issuer.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
