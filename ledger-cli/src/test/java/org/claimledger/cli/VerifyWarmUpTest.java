package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.Hex;
import org.claimledger.crypto.InvalidSignatureException;
import org.junit.jupiter.api.Test;

/** The warm-up's verification is a real one: RFC 8032's first test vector verifies, and fails once changed. */
class VerifyWarmUpTest {
    @Test
    void theWarmUpsTestVector_verifies_andAChangedMessageDoesNot() {
        Ed25519PublicKey key = Ed25519PublicKey.of(Hex.decode(VerifyWarmUp.TEST_KEY));
        byte[] signature = Hex.decode(VerifyWarmUp.TEST_SIGNATURE);
        assertDoesNotThrow(() -> key.verify(new byte[0], signature));
        assertThrows(InvalidSignatureException.class, () -> key.verify(new byte[1], signature));
    }
}
