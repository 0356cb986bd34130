package org.claimledger.keys;

/** What a key may sign: the ledger key signs genesis, enrolments, revocations and checkpoints; editors sign the rest. */
public enum KeyRole {
    LEDGER("ledger"),
    EDITOR("editor");

    private final String code;

    KeyRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
