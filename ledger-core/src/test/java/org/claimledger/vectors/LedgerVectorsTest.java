package org.claimledger.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.claimledger.bundle.BundleFeed;
import org.claimledger.bundle.BundleLayout;
import org.claimledger.claims.ClaimResolver;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.Hex;
import org.claimledger.entry.ClaimBody;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.Envelope;
import org.claimledger.entry.KeyBody;
import org.claimledger.entry.SourceBody;
import org.claimledger.merkle.CompactRange;
import org.claimledger.model.Language;
import org.claimledger.model.SourceRecord;
import org.claimledger.model.SourceText;
import org.claimledger.verify.Verifier;
import org.claimledger.verify.VerifyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden ledger of fixtures/vectors/ledger-v1: five entries built from fixed keys and times, checked byte
 * for byte, then re-checked the way an independent verifier would, with nothing but SHA-256, Ed25519 and JSON.
 * Rewrite with -Dclaimledger.writeFixtures=true after an intended format change (and bump "v").
 */
class LedgerVectorsTest {
    static final Path DIR = Path.of("..", "fixtures", "vectors", "ledger-v1");
    static final Path ARTICLE = Path.of("..", "fixtures", "000_24432489f640e24b.txt");
    static final Path CLAIMS = Path.of("..", "fixtures", "claims", "seed-claims.json");
    static final byte[] LEDGER_SEED = Hex.decode("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    static final byte[] EDITOR_SEED = Hex.decode("606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f");
    static final String ORIGIN = "newsroom.example/claimledger";

    static List<Entry> build() throws Exception {
        Ed25519PrivateKey ledgerKey = Ed25519PrivateKey.fromSeed(LEDGER_SEED);
        Ed25519PrivateKey editor = Ed25519PrivateKey.fromSeed(EDITOR_SEED);
        SourceText source = SourceText.fromFileBytes(Files.readAllBytes(ARTICLE));
        Instant time = Instant.parse("2025-06-02T09:00:00Z");
        List<Entry> entries = new ArrayList<>();
        byte[] prev = Hex.decodeHash(Envelope.GENESIS_PREV);

        ObjectNode genesis = JsonNodeFactory.instance.objectNode();
        genesis.put("origin", ORIGIN);
        genesis.set("key", new KeyBody(ORIGIN, ledgerKey.publicKey()).toJson());
        entries.add(Envelope.sign(0, prev, time, EntryType.GENESIS, genesis, ledgerKey));

        ObjectNode enroll = JsonNodeFactory.instance.objectNode();
        enroll.set("key", new KeyBody("giulia.rossi", editor.publicKey()).toJson());
        enroll.put("role", "editor");
        entries.add(Envelope.sign(1, entries.get(0).hash(), time.plusSeconds(60), EntryType.KEY_ENROLL, enroll, ledgerKey));

        SourceRecord record = new SourceRecord(source.id(), source.byteLength(), "Russia e Corea del Nord", "Example News",
                null, "2025-06", Language.IT);
        entries.add(Envelope.sign(2, entries.get(1).hash(), time.plusSeconds(120), EntryType.SOURCE,
                SourceBody.toJson(record), editor));

        ClaimsFile claims = ClaimsFile.read(Files.readAllBytes(CLAIMS), "seed-claims.json");
        ClaimResolver resolver = new ClaimResolver(source, Language.IT);
        for (int i = 0; i < 2; i++) {
            Entry previous = entries.get(entries.size() - 1);
            entries.add(Envelope.sign(entries.size(), previous.hash(), time.plusSeconds(180 + 60L * i), EntryType.CLAIM,
                    ClaimBody.toJson(resolver.resolve(claims.claims().get(4 + i))), editor));
        }
        return entries;
    }

    static String hashes(List<Entry> entries) {
        StringBuilder text = new StringBuilder();
        CompactRange tree = CompactRange.empty();
        for (Entry entry : entries) {
            tree.append(entry.hash());
            text.append(entry.seq()).append(' ').append(Hex.encode(entry.hash())).append('\n');
        }
        text.append("root ").append(Hex.encode(tree.root())).append(' ')
                .append(Base64.getEncoder().encodeToString(tree.root())).append('\n');
        return text.toString();
    }

    @Test
    void goldenLedger_isReproducedByteForByte() throws Exception {
        List<Entry> entries = build();
        StringBuilder jsonl = new StringBuilder();
        for (Entry entry : entries) {
            jsonl.append(entry.leafText()).append('\n');
        }
        String signed0 = new String(entries.get(0).recomputedCommitment().signedBytes(), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("claimledger.writeFixtures")) {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve("entries.jsonl"), jsonl);
            Files.writeString(DIR.resolve("hashes.txt"), hashes(entries));
            Files.writeString(DIR.resolve("signed-bytes-0.txt"), signed0);
        }
        assertEquals(Files.readString(DIR.resolve("entries.jsonl")), jsonl.toString());
        assertEquals(Files.readString(DIR.resolve("hashes.txt")), hashes(entries));
        assertEquals(Files.readString(DIR.resolve("signed-bytes-0.txt")), signed0);
    }

    /** What a verifier in another language would do: no ClaimLedger classes beyond reading the files. */
    @Test
    void goldenLedger_verifiesWithPlainSha256AndEd25519() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = Files.readAllLines(DIR.resolve("entries.jsonl"), StandardCharsets.UTF_8);
        assertEquals(5, lines.size());
        byte[] prev = new byte[32];
        byte[] ledgerKey = null;
        byte[] editorKey = null;
        for (int seq = 0; seq < lines.size(); seq++) {
            byte[] leaf = lines.get(seq).getBytes(StandardCharsets.UTF_8);
            JsonNode entry = mapper.readTree(leaf);
            assertEquals(seq, entry.path("seq").asInt());
            assertEquals(Hex.encode(prev), entry.path("prev").asText(), "chain at " + seq);
            if (seq == 0) {
                ledgerKey = Base64.getDecoder().decode(entry.path("body").path("key").path("public").asText());
            }
            if (seq == 1) {
                editorKey = Base64.getDecoder().decode(entry.path("body").path("key").path("public").asText());
            }
            byte[] key = seq < 2 ? ledgerKey : editorKey;
            // The signature covers "claimledger/entry/v1\n" and the commit object in canonical form; the stored
            // commit is already canonical inside the canonical leaf, so it can be cut out of the leaf text.
            String text = lines.get(seq);
            int start = text.indexOf("\"commit\":") + "\"commit\":".length();
            int end = text.indexOf('}', start) + 1;
            byte[] message = ("claimledger/entry/v1\n" + text.substring(start, end)).getBytes(StandardCharsets.UTF_8);
            byte[] sig = Base64.getDecoder().decode(entry.path("sig").asText());
            assertTrue(Ed25519.verify(sig, 0, key, 0, message, 0, message.length), "signature of entry " + seq);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((byte) 0);
            prev = sha.digest(leaf);
            assertTrue(Files.readString(DIR.resolve("hashes.txt")).contains(seq + " " + Hex.encode(prev) + "\n"));
        }
        assertArrayEquals(Files.readString(DIR.resolve("signed-bytes-0.txt")).getBytes(StandardCharsets.UTF_8),
                ("claimledger/entry/v1\n" + lines.get(0).substring(lines.get(0).indexOf("\"commit\":") + 9,
                        lines.get(0).indexOf('}', lines.get(0).indexOf("\"commit\":")) + 1)).getBytes(StandardCharsets.UTF_8));
    }

    /** This build's verifier still reads the version 1 golden ledger as clean: no format change broke it. */
    @Test
    void goldenLedger_verifiesCleanWithThisBuildsVerifier(@TempDir Path bundle) throws Exception {
        Files.copy(DIR.resolve("entries.jsonl"), bundle.resolve(BundleLayout.ENTRIES));
        SourceText article = SourceText.fromFileBytes(Files.readAllBytes(ARTICLE));
        Files.createDirectories(bundle.resolve(BundleLayout.SOURCES));
        Files.writeString(bundle.resolve(BundleLayout.SOURCES).resolve(article.id() + ".txt"), article.text());
        Files.writeString(bundle.resolve(BundleLayout.MANIFEST), "{\"format\":\"" + BundleLayout.FORMAT + "\",\"v\":"
                + BundleLayout.VERSION + ",\"origin\":\"" + ORIGIN + "\",\"entries\":5,\"checkpoint\":null}");
        VerifyReport report = Verifier.verify(BundleFeed.open(bundle));
        assertEquals(List.of(), report.findings());
        assertEquals(5, report.entries());
        assertEquals(5, report.signatures());
    }
}
