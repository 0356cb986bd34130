package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.KeyFingerprint;
import org.claimledger.crypto.NamedKey;
import org.claimledger.demo.Demo;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.KeyBody;
import org.claimledger.state.LedgerMemory;
import org.claimledger.state.StateDirectory;
import org.claimledger.store.LedgerLocation;
import org.claimledger.store.LedgerStore;
import org.claimledger.verify.PinStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditor's memory through the real command line (issue 8 item 4; issue 12 items 2 and 3): pins per location
 * as well as per origin, names that cannot pass for others, a first use that says so, state recorded whatever
 * verify finds, and older snapshots told from rollbacks.
 */
class AuditorStateCommandTest {
    private static final String ORIGIN = "demo.newsroom.example/claims";
    /** The same origin with a Cyrillic "а" (U+0430) for the Latin "a" of "example". */
    private static final String LOOK_ALIKE = "demo.newsroom.ex\u0430mple/claims";

    @TempDir
    Path directory;

    Cli cli;
    Path ledgerFile;
    String ledgerKey;
    Ed25519PublicKey ledgerPublicKey;

    @BeforeEach
    void seed() throws Exception {
        cli = new Cli(directory);
        var built = cli.seedDemoLedger();
        ledgerFile = built.location().h2File();
        ledgerPublicKey = built.trusted().publicKey();
        ledgerKey = KeyFingerprint.of(ledgerPublicKey);
    }

    private Path state() {
        return cli.path("home/.claimledger");
    }

    private PinStore pins() {
        return new PinStore(state());
    }

    private Path memoryFile() {
        return new LedgerMemory(new StateDirectory(state()))
                .fileFor(LedgerMemory.locationOf(LedgerLocation.of(ledgerFile.toString())));
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void firstUse_isOneLineSayingWhatWasPinnedWhereAndHowToPinExplicitly() throws Exception {
        Cli.Result first = cli.ok("verify");
        assertEquals("state: first use of origin " + ORIGIN + ": pinned its ledger key " + ledgerKey + "; remembered 20 "
                + "entries (" + state() + "). Later runs demand this key and an append-only history; to pin the "
                + "newsroom's published key instead, run verify --trust FILE with its vkey", lastLine(first.out()));
        Cli.Result again = cli.ok("verify");
        assertEquals("state: 20 entries of origin " + ORIGIN + " remembered, as before (" + state() + ")",
                lastLine(again.out()));
        Cli.Result json = cli.ok("verify", "--json", "--state", "another");
        assertTrue(json.err().startsWith("claimledger: state: first use of origin " + ORIGIN + ": pinned its ledger key "),
                json.err());
        assertTrue(json.out().contains("\"state\" : \"state: first use of origin "), json.out());

        // A new ledger holds one entry, and is counted in words a reader expects.
        cli.ok("init", "--ledger", "fresh", "--origin", "fresh.example/claims", "--key-out", "fresh.key");
        Cli.Result fresh = cli.ok("verify", "--ledger", "fresh");
        assertTrue(fresh.out().contains("note: the ledger holds the 1 entry this machine saw at "), fresh.out());
        assertTrue(lastLine(fresh.out()).contains("; remembered 1 entry (" + state() + ")"), fresh.out());
        assertEquals("state: 1 entry of origin fresh.example/claims remembered, as before (" + state() + ")",
                lastLine(cli.ok("verify", "--ledger", "fresh").out()));
    }

    @Test
    void anotherOrigin_atALocationVerifiedBefore_isAFinding_notAFirstUse() throws Exception {
        cli.ok("verify");
        cli.ok("init", "--ledger", "other", "--origin", "rel.example/claims2", "--key-out", "other.key");
        Files.copy(cli.path("other.mv.db"), ledgerFile, StandardCopyOption.REPLACE_EXISTING);
        Cli.Result result = cli.run("verify");
        assertEquals(1, result.code(), result::toString);
        assertTrue(result.out().startsWith("ledger  trust  genesis.body.origin: the ledger at " + ledgerFile.toRealPath()
                + " declared origin " + ORIGIN + " when this machine verified it (" + memoryFile() + "), and now declares "
                + "rel.example/claims2: it was replaced by another ledger; find out why before trusting it\n"
                + "    expected: " + ORIGIN + "\n    actual:   rel.example/claims2\n"), result.out());
        assertTrue(lastLine(result.out()).startsWith("state unchanged: the ledger's origin or key is in question"),
                result.out());
        assertNull(pins().load("rel.example/claims2"), "the replacement's key must not be pinned");
    }

    @Test
    void lookAlikeOrigin_isAFindingWhenRead_andRefusedAtCreation() throws Exception {
        cli.ok("verify");
        KeyFile.write(cli.path("crafted.key"), new NamedKey("giulia.r\u043essi", Ed25519PrivateKey.generate(
                new SecureRandom())), Demo.PASSPHRASE, new SecureRandom());
        Cli.Result enroll = cli.run("key", "enroll", "crafted.key");
        assertEquals(3, enroll.code(), enroll::toString);
        assertTrue(enroll.err().startsWith("claimledger: key name 'giulia.r\u043essi' cannot be used: it has U+043E "
                + "CYRILLIC SMALL LETTER O at character 9"), enroll.err());
        Path forged = cli.path("forged");
        NamedKey key = new NamedKey(LOOK_ALIKE, Ed25519PrivateKey.generate(new SecureRandom()));
        // The attacker's own tool writes what init refuses to.
        try (LedgerStore store = LedgerStore.create(LedgerLocation.of(forged.toString()))) {
            store.append(appender -> {
                ObjectNode body = JsonNodeFactory.instance.objectNode();
                body.put("origin", LOOK_ALIKE);
                body.set("key", new KeyBody(LOOK_ALIKE, key.publicKey()).toJson());
                return appender.append(EntryType.GENESIS, body, key.key(), Instant.parse("2025-06-01T08:00:00Z"), null);
            });
        }
        Files.copy(cli.path("forged.mv.db"), ledgerFile, StandardCopyOption.REPLACE_EXISTING);
        Cli.Result result = cli.run("verify");
        assertEquals(1, result.code(), result::toString);
        assertTrue(result.out().startsWith("entry 0  name  body.origin: the origin '" + LOOK_ALIKE + "' is not a name "
                + "this ledger may declare: it has U+0430 CYRILLIC SMALL LETTER A at character 17; names are printable "
                + "ASCII without spaces or '+' (C2SP key names), so that no name can pass for another\n"), result.out());
        assertTrue(result.out().contains("entry 0  name  body.key.name: the key name '" + LOOK_ALIKE + "'"), result.out());
        assertTrue(result.out().contains("ledger  trust  genesis.body.origin: the ledger at "), result.out());
        assertNull(pins().load(LOOK_ALIKE));

        Cli.Result init = cli.run("init", "--ledger", "new", "--origin", LOOK_ALIKE, "--key-out", "new.key");
        assertEquals(2, init.code(), init::toString);
        assertEquals("claimledger: origin '" + LOOK_ALIKE + "' cannot be used: it has U+0430 CYRILLIC SMALL LETTER A at "
                + "character 17; names are printable ASCII without spaces or '+' (C2SP key names), so that no name can "
                + "pass for another; choose a name such as newsroom.example/claims\n", init.err());
        assertFalse(Files.exists(cli.path("new.key")));
        Cli.Result keyNew = cli.run("key", "new", "--name", "giulia.r\u043essi", "--out", "g.key");
        assertEquals(2, keyNew.code(), keyNew::toString);
        assertTrue(keyNew.err().contains("it has U+043E CYRILLIC SMALL LETTER O at character 9"), keyNew.err());
    }

    @Test
    void findings_doNotStopTheStateFromPinningTheKey_andRememberingTheCleanPrefix() throws Exception {
        cli.advance(Duration.ofHours(1));
        Files.writeString(cli.path("other.txt"), "Un altro articolo, con 3 numeri.\n");
        cli.ok("source", "add", "other.txt", "--lang", "it", "--key", "giulia.key");
        cli.advance(Duration.ofHours(1));
        // Back-dated to before entry 20: the README's own revocation finding.
        cli.ok("key", "revoke", "giulia.rossi", "--reason", "laptop stolen", "--from", "2025-06-01T09:30:00Z");
        Cli.Result result = cli.run("verify");
        assertEquals(1, result.code(), result::toString);
        assertTrue(result.out().startsWith("entry 20  key-not-valid  signer: "), result.out());
        assertEquals("state: first use of origin " + ORIGIN + ": pinned its ledger key " + ledgerKey + "; remembered the "
                + "first 20 entries, those before the first finding (" + state() + "). Later runs demand this key and an "
                + "append-only history; to pin the newsroom's published key instead, run verify --trust FILE with its vkey",
                lastLine(result.out()));
        PinStore.Pin pin = pins().load(ORIGIN);
        assertEquals(20, pin.verified().size());
        assertEquals(List.of(ledgerPublicKey), pin.ledgerKeys(), "the key is pinned although verify found a problem");
        Cli.Result again = cli.run("verify");
        assertEquals("state unchanged: the findings above keep it at 20 entries of origin " + ORIGIN + " (" + state() + ")",
                lastLine(again.out()));
    }

    @Test
    void olderBundle_isAnOlderSnapshot_whileTheLiveLedgerShrinkingFails() throws Exception {
        cli.ok("export", "--out", "archive");
        Files.copy(ledgerFile, cli.path("backup.mv.db"));
        cli.ok("key", "new", "--name", "marco", "--out", "marco.key");
        cli.ok("key", "enroll", "marco.key");
        cli.ok("verify");
        Cli.Result snapshot = cli.run("verify", "--bundle", "archive");
        assertEquals(0, snapshot.code(), snapshot::toString);
        assertTrue(snapshot.out().contains("note: an older snapshot: 20 of the 21 entries you verified of origin " + ORIGIN
                + ", consistent (root "), snapshot.out());
        assertEquals("state unchanged: this older snapshot holds 20 of the 21 entries remembered for origin " + ORIGIN
                + " (" + state() + ")", lastLine(snapshot.out()));
        assertEquals(21, pins().load(ORIGIN).verified().size(), "the state never moves backwards");

        Files.copy(cli.path("backup.mv.db"), ledgerFile, StandardCopyOption.REPLACE_EXISTING);
        Cli.Result shrunk = cli.run("verify");
        assertEquals(1, shrunk.code(), shrunk::toString);
        assertTrue(shrunk.out().startsWith("ledger  checkpoint  tree_size: rolled back or truncated: the ledger has 20 "
                + "entries, but this machine saw 21 at " + ledgerFile.toRealPath()), shrunk.out());
    }
}
