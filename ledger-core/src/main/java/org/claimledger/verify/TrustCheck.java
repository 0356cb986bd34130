package org.claimledger.verify;

import java.util.ArrayList;
import java.util.List;

import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.KeyFingerprint;
import org.claimledger.failure.LedgerException;
import org.claimledger.note.VerifierKey;

/**
 * Decides whether the ledger is the one the auditor means: its ledger keys must include a key the auditor
 * trusts (--trust), or, without --trust, the key pinned on first use.
 */
public final class TrustCheck {
    private TrustCheck() {
    }

    public static void against(VerifyReport report, TrustedKeys trusted) {
        against(report, trusted.keys(), trusted.file().toString());
    }

    /** Demands that one of the ledger's keys is among the trusted keys, named by where they came from. */
    public static void against(VerifyReport report, List<VerifierKey> trusted, String from) {
        for (VerifierKey key : trusted) {
            if (report.ledgerKeys().contains(key.publicKey())) {
                report.note("ledger key " + key.name() + " (" + KeyFingerprint.of(key.publicKey())
                        + ") is trusted by " + from);
                return;
            }
        }
        report.add(Finding.mismatch(null, FindingKind.TRUST, "genesis.body.key", describe(trusted),
                describeKeys(report.ledgerKeys()), "the ledger's key is not among the keys trusted by " + from
                        + ": the ledger was created or rewritten by someone else"));
    }

    /**
     * Demands that a key pinned for the origin is still one of the ledger's keys; returns the pin, or null on first
     * use (pinning is for the auditor's state to do once the run is over).
     */
    public static PinStore.Pin againstPin(VerifyReport report, PinStore pins) throws LedgerException {
        String origin = report.origin();
        if (origin == null || report.ledgerKeys().isEmpty()) {
            return null;
        }
        PinStore.Pin pin = pins.load(origin);
        if (pin == null) {
            return null;
        }
        boolean known = pin.ledgerKeys().stream().anyMatch(report.ledgerKeys()::contains);
        if (!known) {
            report.add(Finding.mismatch(null, FindingKind.TRUST, "genesis.body.key", describeKeys(pin.ledgerKeys()),
                    describeKeys(report.ledgerKeys()), "the ledger key differs from the one pinned for origin " + origin
                            + " in " + pins.fileFor(origin) + ": this is not the ledger you verified before"));
            return pin;
        }
        report.note("ledger key matches the pin for origin " + origin + " (" + pins.fileFor(origin) + ")");
        return pin;
    }

    private static String describe(List<VerifierKey> keys) {
        List<String> names = new ArrayList<>();
        for (VerifierKey key : keys) {
            names.add(key.name() + " " + KeyFingerprint.of(key.publicKey()));
        }
        return String.join(", ", names);
    }

    private static String describeKeys(List<Ed25519PublicKey> keys) {
        List<String> names = new ArrayList<>();
        for (Ed25519PublicKey key : keys) {
            names.add(KeyFingerprint.of(key));
        }
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }
}
