package org.claimledger.merkle;

/** A Merkle proof did not verify; the message names the check that failed. */
public final class ProofException extends Exception {
    public ProofException(String message) {
        super(message);
    }

    public ProofException(String message, Throwable cause) {
        super(message, cause);
    }
}
