package org.claimledger.verify;

import java.nio.file.Path;
import java.security.MessageDigest;

import org.claimledger.crypto.Hex;
import org.claimledger.state.Seen;

/**
 * Holds the ledger to what this machine saw at its location (the H2 file, the JDBC URL, the bundle folder), as
 * every command does before it works on a ledger: the origin verify found there, and for a database the size and
 * last entry every command saw. The origin a ledger declares is the ledger's own word; the location is the
 * auditor's, so a ledger replaced by one with another origin (or a look-alike of it) is caught here and is never
 * a new first use.
 */
final class LocationCheck {
    private LocationCheck() {
    }

    /** Reports how the ledger differs from what was seen at its location; true when it holds what was seen. */
    static boolean check(VerifyReport report, Seen seen, Path file, ScannedLeaves leaves) {
        if (seen == null) {
            return true;
        }
        String where = seen.location();
        if (seen.origin() != null && !seen.origin().equals(report.origin())) {
            report.add(Finding.mismatch(null, FindingKind.TRUST, "genesis.body.origin", seen.origin(),
                    String.valueOf(report.origin()), "the ledger at " + where + " declared origin " + seen.origin()
                            + " when this machine verified it (" + file + "), and now declares " + report.origin()
                            + ": it was replaced by another ledger; find out why before trusting it"));
            return false;
        }
        if (seen.head() == null) {
            return true;
        }
        long saw = seen.size();
        long entries = report.entries();
        if (entries < saw) {
            report.add(Finding.mismatch(null, FindingKind.CHECKPOINT, "tree_size", "at least " + saw + " entries",
                    entries + " entries", "rolled back or truncated: the ledger has " + entries + " entries, but this "
                            + "machine saw " + saw + " at " + where + " (" + file + "): " + (saw - entries == 1
                                    ? "entry " + entries + " was" : "entries " + entries + " to " + (saw - 1) + " were")
                            + " cut off, or the database was replaced by an older copy"));
            return false;
        }
        byte[] now = leaves.atWatched();
        if (now == null || !MessageDigest.isEqual(now, seen.head().last())) {
            report.add(Finding.mismatch(null, FindingKind.CHECKPOINT, "leaf", Hex.encode(seen.head().last()),
                    now == null ? "(none)" : Hex.encode(now), "history rewritten: this machine saw " + saw
                            + " entries at " + where + " (" + file + "), ending with an entry whose leaf hash is "
                            + Hex.encode(seen.head().last()) + ", but the ledger's entry " + (saw - 1) + " now hashes to "
                            + (now == null ? "nothing" : Hex.encode(now)) + ": an entry before " + saw
                            + " was changed, removed or replaced"));
            return false;
        }
        report.note("the ledger holds the " + VerifyReport.count(saw, "entry", "entries") + " this machine saw at " + where
                + (entries > saw ? ", and " + (entries - saw) + " more" : ""));
        return true;
    }
}
