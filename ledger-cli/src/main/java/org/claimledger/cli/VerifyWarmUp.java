package org.claimledger.cli;

import java.text.Normalizer;

import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.Hex;
import org.claimledger.crypto.InvalidSignatureException;
import org.claimledger.entry.EntryTime;

/**
 * Work every {@code verify} does once, before its first entry, started on a thread of its own while the main thread
 * parses its arguments, reads the state, pins and trust files and opens the ledger (the file check and H2's open
 * leave the second core mostly idle): Bouncy Castle's verification tables and its SHA-512 (whose first use sets up
 * its service registry and java.util.logging), one verification (RFC 8032's first test vector), the Unicode
 * normalisation data a span check loads, the entry time parser. Each is built once per process under the JDK's or
 * Bouncy Castle's own lock, so whichever thread comes first builds it and the other waits; nothing here reads
 * input or changes what verify finds.
 */
final class VerifyWarmUp {
    /** RFC 8032, section 7.1, TEST 1: the public key, and its signature of the empty message. */
    static final String TEST_KEY = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    static final String TEST_SIGNATURE = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555"
            + "fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

    private VerifyWarmUp() {
    }

    static void start() {
        Thread thread = new Thread(VerifyWarmUp::run, "claimledger-verify-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            Ed25519PublicKey.of(Hex.decode(TEST_KEY)).verify(new byte[0], Hex.decode(TEST_SIGNATURE));
            Normalizer.normalize("e\u0301", Normalizer.Form.NFC);
            EntryTime.parse("2025-06-01T12:00:00.000Z");
        } catch (InvalidSignatureException | RuntimeException | LinkageError ignored) {
            // Only a head start: what failed here is built, or fails, where verify needs it.
        }
    }
}
