package org.claimledger.entry;

/** Leaf bytes that are not a well-formed entry; names the field at fault. */
public final class MalformedEntryException extends Exception {
    private final String field;

    public MalformedEntryException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
