package org.claimledger.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Signing hands Bouncy Castle the public key beside the seed (twice as fast as having it derived again for every
 * signature); the signatures must still be RFC 8032's, byte for byte.
 */
class Ed25519PrivateKeyTest {
    @Test
    void sign_matchesRfc8032TestVectors() throws Exception {
        assertVector("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
                "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        assertVector("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
                "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
                "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    }

    private static void assertVector(String seed, String publicKey, String message, String signature) throws Exception {
        Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(Hex.decode(seed));
        assertEquals(publicKey, Hex.encode(key.publicKey().bytes()));
        byte[] signed = key.sign(Hex.decode(message));
        assertEquals(signature, Hex.encode(signed));
        key.publicKey().verify(Hex.decode(message), signed);
    }
}
