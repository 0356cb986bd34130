package org.claimledger.entry;

/** The kinds of ledger entry; each has one body layout, described in SPEC.md. */
public enum EntryType {
    GENESIS("genesis"),
    KEY_ENROLL("key-enroll"),
    KEY_REVOKE("key-revoke"),
    LEDGER_KEY("ledger-key"),
    SOURCE("source"),
    CLAIM("claim"),
    CORRECTION("correction"),
    RETRACTION("retraction"),
    REAFFIRMATION("reaffirmation");

    private final String code;

    EntryType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Entries that only the ledger key may sign. */
    public boolean isAdministrative() {
        return this == GENESIS || this == KEY_ENROLL || this == KEY_REVOKE || this == LEDGER_KEY;
    }

    /** Returns the type with this code, or null when the code is unknown. */
    public static EntryType fromCode(String code) {
        for (EntryType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        return null;
    }
}
