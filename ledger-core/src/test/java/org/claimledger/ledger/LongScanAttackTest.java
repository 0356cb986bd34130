package org.claimledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.claimledger.claims.ClaimsFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.Entry;
import org.claimledger.verify.Finding;
import org.claimledger.verify.FindingKind;
import org.claimledger.verify.VerifyReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks spread over a ledger of many scan batches, so that verify's read-ahead (entries read, parsed and their
 * signatures checked on other threads, batches handed back in order) is what finds them: each finding must name
 * the same entry, field and signer as in a ledger of one batch, wherever the edited entry falls, and whether its
 * signer was enrolled long before it (checked ahead) or just before it (checked once the enrolment is read).
 */
class LongScanAttackTest {
    @TempDir
    Path directory;

    private SeedLedger seed;
    private final NamedKey luca = SeedLedger.key("luca.verdi", 4);
    private long lucaEnrolled;

    @BeforeEach
    void build() throws Exception {
        seed = SeedLedger.build(directory);
        ClaimsFile claims = ClaimsFile.read(Files.readAllBytes(SeedLedger.CLAIMS), "seed-claims.json");
        for (int i = 0; i < 50; i++) {
            seed.ledger.sign(seed.giulia, claims, null, true, done -> { });
        }
        lucaEnrolled = seed.ledger.enroll(seed.ledgerKey, luca.name(), luca.publicKey()).seq();
        for (int i = 0; i < 12; i++) {
            seed.ledger.sign(luca, claims, null, true, done -> { });
        }
    }

    @AfterEach
    void close() throws Exception {
        seed.close();
    }

    @Test
    void editsAcrossTheWholeScan_areEachFound_atTheirEntryAndField_namingTheirSigner() throws Exception {
        long size = seed.ledger.store().size();
        assertTrue(size > 1000, "the ledger spans several scan batches: " + size);
        long early = figureEntry(21);
        long late = figureEntry(lucaEnrolled - 40);
        long afterEnrolment = figureEntry(lucaEnrolled + 1);
        long lastBatch = figureEntry(size - 17);
        String edit = "REPLACE(leaf, '\"value\":\"9000000\"', '\"value\":\"8000000\"')";
        long resigned = lucaEnrolled + 5 * 17 + 3;
        seed.sql("UPDATE cl_entries SET leaf = " + edit + " WHERE seq IN (" + early + ", " + late + ", "
                + afterEnrolment + ", " + lastBatch + ")",
                "UPDATE cl_entries SET leaf = '" + withOtherSignature(resigned) + "' WHERE seq = " + resigned);

        VerifyReport report = seed.verify();

        List<String> found = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (finding.kind() != FindingKind.TREE && finding.kind() != FindingKind.CHAIN_BROKEN) {
                found.add(finding.seq() + " " + finding.kind() + " " + finding.field() + " "
                        + (finding.message().contains("luca.verdi") ? "luca" : "")
                        + (finding.message().contains("giulia.rossi") ? "giulia" : ""));
            }
        }
        String figure = " " + FindingKind.FIELD_CHANGED + " body.figures[0].value ";
        String value = " " + FindingKind.FIGURE_VALUE + " body.figures[0].value ";
        assertEquals(List.of(early + figure + "giulia", early + value, late + figure + "giulia", late + value,
                afterEnrolment + figure + "luca", afterEnrolment + value,
                resigned + " " + FindingKind.SIGNATURE_INVALID + " sig luca", lastBatch + figure + "luca",
                lastBatch + value), found, report.findings().toString());
        // Each edited leaf breaks the chain at the entry after it, and only there.
        assertEquals(List.of(early + 1, late + 1, afterEnrolment + 1, resigned + 1, lastBatch + 1),
                report.findings().stream().filter(f -> f.kind() == FindingKind.CHAIN_BROKEN).map(Finding::seq).toList());
        assertEquals(size, report.entries());
        assertEquals(size, report.signatures(), "every entry's signature checked once, and none twice");
    }

    /** The first entry at or after seq whose leaf holds the "9 milioni" figure. */
    private long figureEntry(long from) throws Exception {
        for (long seq = from; ; seq++) {
            if (seed.ledger.store().entry(seq).leafText().contains("\"value\":\"9000000\"")) {
                return seq;
            }
        }
    }

    /** The entry's leaf with another valid-looking signature: its first byte changed. */
    private String withOtherSignature(long seq) throws Exception {
        Entry entry = Entry.parse(seed.ledger.store().entry(seq).leaf());
        byte[] sig = entry.sig();
        sig[0] ^= 1;
        String stored = Base64.getEncoder().encodeToString(entry.sig());
        return entry.leafText().replace(stored, Base64.getEncoder().encodeToString(sig)).replace("'", "''");
    }
}
