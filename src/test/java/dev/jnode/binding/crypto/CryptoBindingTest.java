package dev.jnode.binding.crypto;

import org.junit.jupiter.api.Test;

import java.security.MessageDigest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CryptoBindingTest {
    @Test
    void everyAdvertisedDigestExistsInTheJdk() throws Exception {
        for (String name : CryptoBinding.DIGESTS.keySet()) {
            MessageDigest.getInstance(CryptoBinding.jdkName(name));
        }
        assertEquals("SHA-256", CryptoBinding.jdkName("SHA256"));
        assertNull(CryptoBinding.jdkName("nope"));
    }
}
