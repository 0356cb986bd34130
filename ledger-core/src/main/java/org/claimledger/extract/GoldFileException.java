package org.claimledger.extract;

/** A gold annotation file that cannot be read or does not fit its article; the message says where and why. */
public final class GoldFileException extends Exception {
    public GoldFileException(String message) {
        super(message);
    }
}
