package dev.jnode.binding.tls;

import java.security.Security;

/**
 * The JVM's TLS algorithm policy, set once per process before any TLS is used (a JVM-wide
 * setting, like a command-line option; the same for every runtime). The JDK's default disables
 * what OpenSSL still offers to Node programs that ask for it: TLS 1.0/1.1 (Node needs
 * minVersion or secureProtocol for them, and '@SECLEVEL=0') and RSA key exchange suites
 * (AES128-SHA…, part of OpenSSL's HIGH list). jnode's defaults (TLS 1.2-1.3, Node's default
 * cipher list) are unchanged by this.
 */
public final class TlsPolicy {
    static final String DISABLED = "SSLv3, DTLSv1.0, RC4, DES, MD5withRSA, DH keySize < 1024, "
            + "EC keySize < 224, 3DES_EDE_CBC, anon, NULL, ECDH";

    private TlsPolicy() {
    }

    /** Applies the policy unless the JVM was started with its own (jnode.tls.keepJdkPolicy). */
    public static void apply() {
        if (Boolean.getBoolean("jnode.tls.keepJdkPolicy")) return;
        if (!DISABLED.equals(Security.getProperty("jdk.tls.disabledAlgorithms"))) {
            Security.setProperty("jdk.tls.disabledAlgorithms", DISABLED);
        }
    }
}
