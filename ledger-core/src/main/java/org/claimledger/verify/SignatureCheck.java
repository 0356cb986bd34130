package org.claimledger.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.InvalidSignatureException;
import org.claimledger.entry.Entry;
import org.claimledger.entry.FieldCommitment;
import org.claimledger.entry.MalformedEntryException;
import org.claimledger.json.FieldNames;

/**
 * Checks one entry against what its signer signed: the signature over the stored field digests, and each
 * field's current value against its digest. A valid signature with a mismatching digest names the edited field.
 */
final class SignatureCheck {
    private SignatureCheck() {
    }

    /**
     * What checking an entry against a key found, before it is put in words (which needs the signer's name, known
     * only in ledger order): computed on any thread. A clean outcome keeps nothing but its key.
     */
    static final class Outcome {
        private final Ed25519PublicKey key;
        private final MalformedEntryException malformed;
        private final boolean signatureValid;
        private final Map<String, String> signed;
        private final Map<String, String> now;

        private Outcome(Ed25519PublicKey key, MalformedEntryException malformed, boolean signatureValid,
                Map<String, String> signed, Map<String, String> now) {
            this.key = key;
            this.malformed = malformed;
            this.signatureValid = signatureValid;
            this.signed = signed;
            this.now = now;
        }

        /** The key the signature was checked with (null: none was). */
        Ed25519PublicKey key() {
            return key;
        }
    }

    /** Returns the findings; an empty list means the entry is exactly what the key signed. */
    static List<Finding> check(Entry entry, Ed25519PublicKey key, String signerName) {
        return findings(entry, compute(entry, key), signerName);
    }

    /** Checks the signature (when there is a key) and every field's digest. */
    static Outcome compute(Entry entry, Ed25519PublicKey key) {
        if (entry.commitmentMatchesFields()) {
            // Every field is as signed (the common case, compared without building the digests): only the signature is left.
            if (key == null || signatureValid(entry, key)) {
                return new Outcome(key, null, key != null, null, null);
            }
        }
        FieldCommitment stored;
        try {
            stored = entry.storedCommitment();
        } catch (MalformedEntryException e) {
            return new Outcome(key, e, false, null, null);
        }
        boolean signatureValid = key != null && signatureValid(entry, key);
        Map<String, String> signed = stored.digests();
        Map<String, String> now = entry.recomputedCommitment().digests();
        if (signed.equals(now) && (key == null || signatureValid)) {
            return new Outcome(key, null, signatureValid, null, null);
        }
        return new Outcome(key, null, signatureValid, signed, now);
    }

    /** The outcome in words, naming the signer as the ledger knows it at the entry. */
    static List<Finding> findings(Entry entry, Outcome outcome, String signerName) {
        long seq = entry.seq();
        if (outcome.malformed != null) {
            return List.of(Finding.of(seq, FindingKind.MALFORMED_ENTRY, outcome.malformed.field(),
                    outcome.malformed.getMessage()));
        }
        if (outcome.signed == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Ed25519PublicKey key = outcome.key;
        boolean signatureValid = outcome.signatureValid;
        Map<String, String> signed = outcome.signed;
        Map<String, String> now = outcome.now;
        TreeSet<String> pointers = new TreeSet<>(signed.keySet());
        pointers.addAll(now.keySet());
        String by = signatureValid ? " (the signature by " + signerName + " over the field digests is valid)" : "";
        for (String pointer : pointers) {
            String signedDigest = signed.get(pointer);
            String currentDigest = now.get(pointer);
            if (signedDigest != null && signedDigest.equals(currentDigest)) {
                continue;
            }
            String field = FieldNames.display(pointer);
            if (signedDigest == null) {
                findings.add(Finding.mismatch(seq, FindingKind.FIELD_CHANGED, field, "(absent when signed)",
                        entry.valueAt(pointer), field + " was added after signing" + by));
            } else if (currentDigest == null) {
                findings.add(Finding.mismatch(seq, FindingKind.FIELD_CHANGED, field, "(signed, digest "
                        + signedDigest.substring(0, 16) + "...)", "(absent)", field + " was removed after signing" + by));
            } else if (!signedDigest.equals(currentDigest)) {
                findings.add(Finding.mismatch(seq, FindingKind.FIELD_CHANGED, field, "(signed value with digest "
                        + signedDigest.substring(0, 16) + "...)", entry.valueAt(pointer),
                        field + " was changed after signing: it now reads " + quoted(entry.valueAt(pointer)) + by));
            }
        }
        if (key != null && !signatureValid) {
            findings.add(Finding.of(seq, FindingKind.SIGNATURE_INVALID, "sig", findings.isEmpty()
                    ? "the signature by " + signerName + " does not verify over the stored field digests: the digests "
                            + "(commit) or the signature (sig) were altered"
                    : "the signature by " + signerName + " does not verify either: the digests were altered too"));
        }
        return findings;
    }

    /** Called once the stored commitment has been read (so its bytes are the signed ones). */
    private static boolean signatureValid(Entry entry, Ed25519PublicKey key) {
        try {
            key.verify(entry.signedBytes(), entry.sig());
            return true;
        } catch (InvalidSignatureException | MalformedEntryException e) {
            return false;
        }
    }

    private static String quoted(String value) {
        return value == null ? "(nothing)" : "'" + value + "'";
    }
}
