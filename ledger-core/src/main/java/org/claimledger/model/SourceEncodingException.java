package org.claimledger.model;

/** A source file that is not valid UTF-8 text; names the byte offset of the first bad byte. */
public final class SourceEncodingException extends Exception {
    private final long byteOffset;

    public SourceEncodingException(long byteOffset) {
        super("not valid UTF-8 at byte " + byteOffset);
        this.byteOffset = byteOffset;
    }

    public long byteOffset() {
        return byteOffset;
    }
}
