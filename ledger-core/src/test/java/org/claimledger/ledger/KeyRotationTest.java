package org.claimledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.claims.ClaimDraft;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.KeyBody;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.keys.KeyRecord;
import org.claimledger.keys.KeyRegistry;
import org.claimledger.keys.LedgerKeySuccession;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.NoteSigner;
import org.claimledger.note.VerifierKey;
import org.claimledger.verify.Finding;
import org.claimledger.verify.FindingKind;
import org.claimledger.verify.VerifyReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRotationTest {
    private static final ClaimDraft ELEVEN = new ClaimDraft("", "questa iniziativa, gestita da 11 membri delle Nazioni Unite",
            null, null, "new", List.of(), null);

    @TempDir
    Path directory;

    private SeedLedger seed;
    private KeyRotation rotation;

    @BeforeEach
    void build() throws Exception {
        seed = SeedLedger.build(directory);
        rotation = new KeyRotation(seed.ledger);
    }

    @AfterEach
    void close() throws LedgerException {
        seed.close();
    }

    @Test
    void rotateEditor_enrolsSuccessorAndRevokesOldKey_inTwoAdjacentEntries() throws Exception {
        NamedKey successor = SeedLedger.key("giulia.rossi-2025", 9);
        long before = seed.store().size();
        List<Entry> entries = rotation.rotateEditor(seed.ledgerKey, "giulia.rossi", successor.name(),
                successor.publicKey(), null, "new laptop");

        assertEquals(List.of(EntryType.KEY_ENROLL, EntryType.KEY_REVOKE), entries.stream().map(Entry::type).toList());
        assertEquals(List.of(before, before + 1), entries.stream().map(Entry::seq).toList());
        assertEquals(successor.fingerprint(), entries.get(1).body().path("successor").asText());
        KeyRegistry keys = seed.ledger.keys();
        KeyRecord old = keys.key(seed.giulia.fingerprint());
        assertEquals(successor.fingerprint(), old.successor());
        assertEquals("new laptop", old.revokeReason());

        seed.step();
        LedgerException refused = assertThrows(LedgerException.class,
                () -> seed.ledger.signClaim(seed.giulia, seed.sourceId, ELEVEN));
        assertEquals(Failure.KEY_NOT_AUTHORIZED, refused.failure());
        Entry signed = seed.ledger.signClaim(successor, seed.sourceId, ELEVEN);
        assertEquals(successor.fingerprint(), signed.signer());
        assertEquals(List.of(), seed.verify().findings());
    }

    @Test
    void rotateEditor_backdated_makesEntriesSignedSinceThenFindings() throws Exception {
        Instant compromised = seed.step();
        seed.step();
        Entry afterCompromise = seed.ledger.signClaim(seed.giulia, seed.sourceId, ELEVEN);
        seed.step();
        NamedKey successor = SeedLedger.key("giulia.rossi-2025", 9);
        rotation.rotateEditor(seed.ledgerKey, seed.giulia.fingerprint(), successor.name(), successor.publicKey(),
                compromised, "laptop stolen");

        VerifyReport report = seed.verify();
        assertEquals(1, report.findings().size(), report.findings().toString());
        Finding finding = report.findings().get(0);
        assertEquals(afterCompromise.seq(), finding.seq());
        assertEquals(FindingKind.KEY_NOT_VALID, finding.kind());
        assertEquals("signer", finding.field());
    }

    @Test
    void rotateEditor_refusesLedgerKeysRevokedKeysAndKnownSuccessors() throws Exception {
        long size = seed.store().size();
        LedgerException known = assertThrows(LedgerException.class, () -> rotation.rotateEditor(seed.ledgerKey,
                "giulia.rossi", "marco", seed.marco.publicKey(), null, "swap"));
        assertEquals(Failure.KEY_NOT_AUTHORIZED, known.failure());
        LedgerException ledgerKey = assertThrows(LedgerException.class, () -> rotation.rotateEditor(seed.ledgerKey,
                seed.ledgerKey.fingerprint(), "x", SeedLedger.key("x", 9).publicKey(), null, "swap"));
        assertEquals(Failure.KEY_NOT_AUTHORIZED, ledgerKey.failure());
        LedgerException notLedgerKey = assertThrows(LedgerException.class, () -> rotation.rotateEditor(seed.marco,
                "giulia.rossi", "x", SeedLedger.key("x", 9).publicKey(), null, "swap"));
        assertEquals(Failure.KEY_NOT_AUTHORIZED, notLedgerKey.failure());
        seed.ledger.revoke(seed.ledgerKey, "marco.bianchi", "left", null);
        LedgerException revoked = assertThrows(LedgerException.class, () -> rotation.rotateEditor(seed.ledgerKey,
                "marco.bianchi", "x", SeedLedger.key("x", 9).publicKey(), null, "swap"));
        assertEquals(Failure.KEY_NOT_AUTHORIZED, revoked.failure());
        assertEquals(size + 1, seed.store().size(), "only the revocation was appended");
    }

    @Test
    void revoke_aSecondLaterRevocation_neverRevivesTheKey() throws Exception {
        Instant first = seed.step();
        seed.ledger.revoke(seed.ledgerKey, "marco.bianchi", "left", first);
        ObjectNode later = Ledger.revokeBody(seed.marco.fingerprint(), "again, later", first.plusSeconds(3600), null);
        seed.store().append(appender -> appender.append(EntryType.KEY_REVOKE, later, seed.ledgerKey.key(),
                seed.step(), null));
        assertEquals(first, seed.ledger.keys().key(seed.marco.fingerprint()).revokedFrom());
        assertEquals(List.of(), seed.verify().findings());
    }

    @Test
    void rotateLedger_newKeySignsAdministrationFromThenOn_oldOneNoLonger() throws Exception {
        NamedKey next = SeedLedger.key(SeedLedger.ORIGIN, 10);
        Entry entry = rotation.rotateLedger(seed.ledgerKey, next, "yearly rotation");

        assertEquals(EntryType.LEDGER_KEY, entry.type());
        assertEquals(seed.ledgerKey.fingerprint(), entry.signer());
        KeyRegistry keys = seed.ledger.keys();
        assertEquals(next.fingerprint(), keys.ledgerKey().id());
        assertEquals(next.fingerprint(), keys.key(seed.ledgerKey.fingerprint()).successor());
        NamedKey editor = SeedLedger.key("luca.verdi", 11);
        LedgerException old = assertThrows(LedgerException.class,
                () -> seed.ledger.enroll(seed.ledgerKey, editor.name(), editor.publicKey()));
        assertEquals(Failure.KEY_NOT_AUTHORIZED, old.failure());
        seed.ledger.enroll(next, editor.name(), editor.publicKey());
        VerifyReport report = seed.verify();
        assertEquals(List.of(), report.findings());
        assertEquals(List.of(seed.ledgerKey.publicKey(), next.publicKey()), report.ledgerKeys());
    }

    @Test
    void rotateLedger_checkpointsBeforeAndAfter_openWithTheKeyOfTheirTreeSize() throws Exception {
        long sizeBefore = seed.store().size();
        byte[] note = Checkpoint.of(SeedLedger.ORIGIN, sizeBefore, seed.verify().root())
                .sign(new NoteSigner(SeedLedger.ORIGIN, seed.ledgerKey.key())).bytes();
        NamedKey next = SeedLedger.key(SeedLedger.ORIGIN, 10);
        rotation.rotateLedger(seed.ledgerKey, next, "yearly rotation");
        long sizeAfter = seed.store().size();
        byte[] after = Checkpoint.of(SeedLedger.ORIGIN, sizeAfter, seed.verify().root())
                .sign(new NoteSigner(SeedLedger.ORIGIN, next.key())).bytes();

        KeyRegistry keys = seed.ledger.keys();
        KeyRecord signsBefore = keys.ledgerKeyForTreeSize(sizeBefore);
        KeyRecord signsAfter = keys.ledgerKeyForTreeSize(sizeAfter);
        assertEquals(seed.ledgerKey.fingerprint(), signsBefore.id());
        assertEquals(next.fingerprint(), signsAfter.id());
        assertEquals(sizeBefore, Checkpoint.open(note, SeedLedger.ORIGIN,
                List.of(VerifierKey.of(signsBefore.name(), signsBefore.publicKey()))).size());
        assertEquals(sizeAfter, Checkpoint.open(after, SeedLedger.ORIGIN,
                List.of(VerifierKey.of(signsAfter.name(), signsAfter.publicKey()))).size());
    }

    @Test
    void rotateLedger_refusesAKeyNotNamedAfterTheOrigin() {
        LedgerException e = assertThrows(LedgerException.class,
                () -> rotation.rotateLedger(seed.ledgerKey, SeedLedger.key("ledger-2", 10), "rotation"));
        assertEquals(Failure.MALFORMED_INPUT, e.failure());
    }

    @Test
    void verify_ledgerKeyEntryWithAProofByAnotherKey_isALedgerKeyFinding_andTheKeyIsNotAccepted() throws Exception {
        NamedKey claimed = SeedLedger.key(SeedLedger.ORIGIN, 10);
        NamedKey attacker = SeedLedger.key(SeedLedger.ORIGIN, 12);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("key", new KeyBody(claimed.name(), claimed.publicKey()).toJson());
        body.put("reason", "takeover");
        Entry entry = seed.store().append(appender -> {
            body.put("proof", LedgerKeySuccession.prove(SeedLedger.ORIGIN, appender.nextLink(),
                    seed.ledgerKey.fingerprint(), attacker.key()));
            return appender.append(EntryType.LEDGER_KEY, body, seed.ledgerKey.key(), seed.step(), null);
        });

        VerifyReport report = seed.verify();
        assertEquals(1, report.findings().size(), report.findings().toString());
        Finding finding = report.findings().get(0);
        assertEquals(entry.seq(), finding.seq());
        assertEquals(FindingKind.LEDGER_KEY, finding.kind());
        assertEquals("body.proof", finding.field());
        assertEquals(List.of(seed.ledgerKey.publicKey()), report.ledgerKeys());
    }

    @Test
    void verify_ledgerKeyEntryWithoutProof_isALedgerKeyFinding() throws Exception {
        NamedKey claimed = SeedLedger.key(SeedLedger.ORIGIN, 10);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("key", new KeyBody(claimed.name(), claimed.publicKey()).toJson());
        body.put("reason", "no proof");
        Entry entry = seed.store().append(appender -> appender.append(EntryType.LEDGER_KEY, body, seed.ledgerKey.key(),
                seed.step(), null));
        Finding finding = seed.verify().findings().get(0);
        assertEquals(entry.seq(), finding.seq());
        assertEquals(FindingKind.LEDGER_KEY, finding.kind());
        assertEquals("body.proof", finding.field());
        assertTrue(finding.message().contains("no proof"), finding.message());
    }
}
