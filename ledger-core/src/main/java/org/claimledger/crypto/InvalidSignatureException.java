package org.claimledger.crypto;

/** A signature did not verify. Any failure inside a verify call becomes this exception. */
public final class InvalidSignatureException extends Exception {
    public InvalidSignatureException(String message) {
        super(message);
    }
}
