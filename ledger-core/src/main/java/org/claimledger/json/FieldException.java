package org.claimledger.json;

/** A JSON member that is missing or has the wrong shape; {@link #pointer()} is its RFC 6901 JSON pointer. */
public final class FieldException extends Exception {
    private final String pointer;

    public FieldException(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    public String pointer() {
        return pointer;
    }

    /** The pointer as people read it: "/claims/3/figures/0/value" becomes "claims[3].figures[0].value". */
    public String fieldName() {
        return FieldNames.display(pointer);
    }
}
