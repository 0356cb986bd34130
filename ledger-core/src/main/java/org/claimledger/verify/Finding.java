package org.claimledger.verify;

/**
 * One problem verify found: the entry (null when it concerns the ledger as a whole), the kind, the field
 * (dotted, such as "body.figures[0].value"), the expected and actual values where there are two, and a sentence.
 */
public record Finding(Long seq, FindingKind kind, String field, String expected, String actual, String message) {
    public static Finding of(Long seq, FindingKind kind, String field, String message) {
        return new Finding(seq, kind, field, null, null, message);
    }

    public static Finding mismatch(Long seq, FindingKind kind, String field, String expected, String actual,
            String message) {
        return new Finding(seq, kind, field, expected, actual, message);
    }
}
