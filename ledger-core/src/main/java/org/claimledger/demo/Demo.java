package org.claimledger.demo;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.claimledger.claims.ClaimsFile;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.Entry;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.SourceMetadata;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.claimledger.note.VerifierKey;
import org.claimledger.report.Report;
import org.claimledger.store.LedgerLocation;
import org.claimledger.store.LedgerStore;
import org.claimledger.store.LockWait;
import org.claimledger.verify.Audit;
import org.claimledger.verify.StoreFeed;
import org.claimledger.verify.TrustCheck;
import org.claimledger.verify.VerifyReport;

/**
 * The product in one run: a ledger built from the seed article and its claims, verified clean, then one
 * figure edited with plain SQL (the triggers dropped first, as an attacker would) and verified again.
 */
public final class Demo {
    public static final String ORIGIN = "demo.newsroom.example/claims";
    /** Demo keys are protected by a published passphrase: they guard nothing. */
    public static final char[] PASSPHRASE = "demo passphrase, not a secret".toCharArray();

    /** A built demo ledger: where it is, the key an auditor trusts, and the entry the attacker will edit. */
    public record Built(LedgerLocation location, VerifierKey trusted, long tamperedSeq) {
    }

    private Demo() {
    }

    /** Builds the ledger: keys, genesis, enrolment, the seed article and its claims. */
    public static Built build(Path directory, String article, byte[] claimsFile, Clock clock, Consumer<String> narrate)
            throws LedgerException {
        SecureRandom random = new SecureRandom();
        LedgerLocation location = LedgerLocation.of(directory.resolve("demo-ledger").toString());
        NamedKey ledgerKey = new NamedKey(ORIGIN, Ed25519PrivateKey.generate(random));
        NamedKey editor = new NamedKey("giulia.rossi", Ed25519PrivateKey.generate(random));
        KeyFile.write(directory.resolve("ledger.key"), ledgerKey, PASSPHRASE, random);
        KeyFile.write(directory.resolve("giulia.key"), editor, PASSPHRASE, random);
        VerifierKey trusted = VerifierKey.of(ORIGIN, ledgerKey.publicKey());
        long tamperedSeq;
        try (Ledger ledger = Ledger.create(location, ORIGIN, ledgerKey, clock)) {
            narrate.accept("created ledger " + location.h2File() + " (origin " + ORIGIN + ", ledger key "
                    + ledgerKey.fingerprint() + ")");
            Entry enrolled = ledger.enroll(ledgerKey, editor.name(), editor.publicKey());
            narrate.accept("entry " + enrolled.seq() + ": enrolled editor key " + editor.name() + " " + editor.fingerprint());
            SourceText source = SourceText.fromString(article);
            Entry registered = ledger.addSource(editor, source, new SourceMetadata(
                    "Russia-Corea del Nord: il rapporto MSMT", null, null, "2025-06", Language.IT));
            narrate.accept("entry " + registered.seq() + ": registered the seed article as source " + source.id()
                    + " (" + source.byteLength() + " bytes, it)");
            List<Entry> claims = ledger.signClaims(editor, ClaimsFile.read(claimsFile, "seed-claims.json"), source.id());
            narrate.accept("entries " + claims.get(0).seq() + "-" + claims.get(claims.size() - 1).seq() + ": signed "
                    + claims.size() + " claims from seed-claims.json");
            tamperedSeq = claims.stream().filter(entry -> entry.leafText().contains("\"value\":\"9000000\""))
                    .findFirst().map(Entry::seq)
                    .orElseThrow(() -> new LedgerException(Failure.MALFORMED_INPUT,
                            "the demo claims have no figure of 9000000 to tamper with"));
        }
        return new Built(location, trusted, tamperedSeq);
    }

    /** Verifies the demo ledger as an auditor who trusts the demo's ledger key. */
    public static VerifyReport verify(Built built) throws LedgerException {
        return verify(built.location(), built.trusted());
    }

    /** Writes the audit report of the demo ledger as it stands, trusting the demo's ledger key. */
    public static Report.Written report(Built built, Path directory, Instant now) throws LedgerException {
        try (LedgerStore store = LedgerStore.openReadOnly(built.location(), LockWait.NONE)) {
            return Report.write(new StoreFeed(store), new Report.Trust(List.of(built.trusted()), "the demo's ledger key"),
                    directory, now);
        }
    }

    /** Edits the figure "9 milioni" from 9000000 to 8000000 with plain SQL; returns the statement run. */
    public static String tamper(Built built) throws LedgerException {
        return editFigure(built.location(), built.tamperedSeq());
    }

    private static VerifyReport verify(LedgerLocation location, VerifierKey trusted) throws LedgerException {
        try (LedgerStore store = LedgerStore.openReadOnly(location, LockWait.NONE)) {
            VerifyReport report = Audit.run(new StoreFeed(store), new Audit.Request(null, null, null, null));
            TrustCheck.against(report, List.of(trusted), "the demo's ledger key");
            return report;
        }
    }

    /** What an attacker with the file does: plain SQL, triggers dropped. */
    private static String editFigure(LedgerLocation location, long seq) throws LedgerException {
        String update = "UPDATE cl_entries SET leaf = REPLACE(leaf, '\"value\":\"9000000\"', '\"value\":\"8000000\"') "
                + "WHERE seq = " + seq;
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), "", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER cl_entries_append_only");
            statement.executeUpdate(update);
            return "DROP TRIGGER cl_entries_append_only; " + update;
        } catch (SQLException e) {
            throw new LedgerException(Failure.STORAGE, "the demo could not edit its own ledger: " + e.getMessage(), e);
        }
    }
}
