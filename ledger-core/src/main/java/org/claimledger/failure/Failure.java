package org.claimledger.failure;

/**
 * Every way a ledger operation can fail for a reason the user can fix. The command line turns each into its own exit code.
 */
public enum Failure {
    /** An input file is not well-formed (JSON syntax, missing or wrong fields). */
    MALFORMED_INPUT,
    /** A quote, figure or attribution text is not where the input says in the source (or not there at all, or ambiguous). */
    NOT_IN_SOURCE,
    /** A figure's value contradicts its own text. */
    FIGURE_MISMATCH,
    /** An input file cannot be read, or is not UTF-8 text. */
    UNREADABLE_INPUT,
    /** A key file's passphrase is wrong. */
    WRONG_PASSPHRASE,
    /** A key file is missing, unreadable or not a key file. */
    KEY_FILE,
    /** A key is not enrolled in this ledger, was revoked, or lacks the role the operation needs. */
    KEY_NOT_AUTHORIZED,
    /** The ledger path or URL does not hold a ClaimLedger ledger. */
    NOT_A_LEDGER,
    /** Another process holds the ledger. */
    LEDGER_BUSY,
    /** Any other storage failure: disk, database, schema. */
    STORAGE,
    /** The request refers to something the ledger does not have (entry, claim, source). */
    NOT_FOUND,
    /**
     * The request contradicts what exists: a ledger or key file already there, a bundle directory that is not empty,
     * correcting a retracted claim, a correction that changes nothing.
     */
    CONFLICT,
    /**
     * The request's own values are wrong, whatever the files and the ledger hold: an empty reason, a name or prefix
     * that matches more than one key or source, a field that does not exist, a passphrase too short for a new key.
     */
    INVALID_REQUEST,
    /**
     * The ledger file holds schema objects ClaimLedger did not create (code H2 would run or load on opening it),
     * or a schema that cannot be read as H2 writes it; it was refused without being opened.
     */
    HOSTILE_FILE,
    /** The ledger location carries settings (a path with ';'), or is a URL with a setting or scheme ClaimLedger refuses. */
    BAD_LOCATION,
    /**
     * The ledger no longer holds what this machine saw of it (entries gone, or another history in their place):
     * nothing may be appended until a person finds out why.
     */
    LOST_HISTORY,
    /**
     * A witness refused a checkpoint that contradicts the one it last cosigned for the log (smaller, another root at
     * the same size, or not proven an extension of it); the refused checkpoint was kept as evidence.
     */
    INCONSISTENT_CHECKPOINT,
    /**
     * A witness cannot check a larger checkpoint yet: the consistency proof is missing, or is not from the size
     * it last cosigned for the log to the checkpoint's. Nothing was recorded; the log may retry with the right proof.
     */
    WRONG_PROOF
}
