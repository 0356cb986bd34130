package org.claimledger.note;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.Hex;
import org.claimledger.merkle.CompactRange;
import org.claimledger.merkle.TreeHash;

/**
 * Builds every file under fixtures/notes from fixed test keys, so the files can be checked for
 * staleness and rewritten with {@code -Dclaimledger.writeFixtures=true}. Ed25519 signatures are
 * deterministic, so the output never changes unless this code does.
 */
public final class GoldenNotes {
    public static final Path DIR = Path.of("..", "fixtures", "notes");
    public static final String ORIGIN = "newsroom.example/claimledger";
    /** The ledger test key's seed: a test key, published on purpose. */
    public static final String LEDGER_SEED_HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    public static final int TREE_SIZE = 5;

    private static final String WITNESS_SEED_HEX = "202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f";
    private static final String IMPOSTOR_SEED_HEX = "404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f";

    private GoldenNotes() {
    }

    public static NoteSigner ledgerSigner() {
        return new NoteSigner(ORIGIN, Ed25519PrivateKey.fromSeed(Hex.decode(LEDGER_SEED_HEX)));
    }

    private static NoteSigner witness() {
        return new NoteSigner("witness.example/w1", Ed25519PrivateKey.fromSeed(Hex.decode(WITNESS_SEED_HEX)));
    }

    /** Same name as the ledger key, another key: so another key ID, and ignored as unknown. */
    private static NoteSigner impostor() {
        return new NoteSigner(ORIGIN, Ed25519PrivateKey.fromSeed(Hex.decode(IMPOSTOR_SEED_HEX)));
    }

    /** Leaf hashes of the tree the golden checkpoint commits to: leaf i is the bytes of "entry i". */
    public static List<byte[]> leafHashes() {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < TREE_SIZE; i++) {
            leaves.add(TreeHash.leafHash(("entry " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    public static Checkpoint checkpoint() {
        CompactRange range = CompactRange.empty();
        leafHashes().forEach(range::append);
        return Checkpoint.of(ORIGIN, TREE_SIZE, range.root());
    }

    public static String goodNote() {
        return checkpoint().sign(ledgerSigner()).format();
    }

    /** File name to content: every good note, and every bad one beside its exact error message. */
    public static Map<String, byte[]> files() {
        NoteSigner ledger = ledgerSigner();
        String good = goodNote();
        String text = checkpoint().text();
        String signatureLine = good.substring(text.length() + 1);
        String root = StrictBase64.encode(checkpoint().root());
        String label = ledger.verifierKey().label();

        Map<String, String> notes = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        notes.put("good_checkpoint.txt", good);
        notes.put("good_checkpoint_witnessed.txt", SignedNote.sign(text, List.of(ledger, witness())).format());

        bad(notes, errors, "missing_signature", text + "\n", "note has no signatures");
        bad(notes, errors, "missing_blank_line", text + signatureLine,
                "note has no blank line between its text and its signatures");
        String dashMessage = "signature line 1 does not start with an em dash (U+2014) and a space";
        bad(notes, errors, "wrong_dash_en_dash", good.replace("\u2014 ", "\u2013 "), dashMessage);
        bad(notes, errors, "wrong_dash_hyphen", good.replace("\u2014 ", "- "), dashMessage);
        bad(notes, errors, "no_space_after_key_name", good.replace(ORIGIN + " ", ORIGIN + "\u00a0"),
                "signature line 1 has no space between the key name and the signature");
        bad(notes, errors, "key_name_with_plus", good.replace("\u2014 " + ORIGIN, "\u2014 " + ORIGIN + "+x"),
                "signature line 1: key name \"" + ORIGIN + "+x\" must be non-empty, without spaces or '+'");
        bad(notes, errors, "bad_base64", good.substring(0, good.length() - 10) + "!" + good.substring(good.length() - 9),
                "signature line 1: signature is not valid base64");
        bad(notes, errors, "base64_without_padding", good.substring(0, good.length() - 2) + "\n",
                "signature line 1: signature is not valid base64");
        bad(notes, errors, "signature_too_short", text + "\n\u2014 " + ORIGIN + " AAAAAA==\n",
                "signature line 1: signature must be a 4-byte key ID and at least one byte, got 4 bytes");
        bad(notes, errors, "trailing_garbage", good + "garbage\n", 
                "signature line 2 does not start with an em dash (U+2014) and a space");
        bad(notes, errors, "no_final_newline", good.substring(0, good.length() - 1), "note does not end with a newline");
        bad(notes, errors, "control_character", good.replace("newsroom.example", "newsroom\texample"),
                "note line 1 contains control character U+0009");
        bad(notes, errors, "crlf_line_endings", good.replace("\n", "\r\n"), "note line 1 contains control character U+000D");
        bad(notes, errors, "too_many_signatures", good + (signatureLine).repeat(SignedNote.MAX_SIGNATURES),
                "note has 101 signature lines, at most 100 are accepted");

        bad(notes, errors, "size_leading_zero", signed(ORIGIN + "\n05\n" + root + "\n"),
                "checkpoint tree size (line 2) has a leading zero: \"05\"");
        bad(notes, errors, "size_not_a_number", signed(ORIGIN + "\nfive\n" + root + "\n"),
                "checkpoint tree size (line 2) is not a decimal number: \"five\"");
        bad(notes, errors, "size_negative", signed(ORIGIN + "\n-5\n" + root + "\n"),
                "checkpoint tree size (line 2) is not a decimal number: \"-5\"");
        bad(notes, errors, "size_too_large", signed(ORIGIN + "\n18446744073709551615\n" + root + "\n"),
                "checkpoint tree size (line 2) is too large: \"18446744073709551615\"");
        String shortRoot = StrictBase64.encode(new byte[31]);
        bad(notes, errors, "root_wrong_length", signed(ORIGIN + "\n5\n" + shortRoot + "\n"),
                "checkpoint root hash (line 3) must be 32 bytes, got 31");
        String hexRoot = Hex.encode(checkpoint().root());
        bad(notes, errors, "root_in_hex_not_base64", signed(ORIGIN + "\n5\n" + hexRoot + "\n"),
                "checkpoint root hash (line 3) must be 32 bytes, got 48");
        bad(notes, errors, "root_bad_base64", signed(ORIGIN + "\n5\n" + root.replace('=', '!') + "\n"),
                "checkpoint root hash (line 3) is not valid base64: \"" + root.replace('=', '!') + "\"");
        bad(notes, errors, "missing_root_line", signed(ORIGIN + "\n5\n"),
                "checkpoint has 2 lines, needs at least 3 (origin, tree size, root hash)");
        bad(notes, errors, "empty_origin", signed("\n5\n" + root + "\n"), "checkpoint origin (line 1) is empty");
        bad(notes, errors, "empty_extension_line", signed(text + "\nextension\n"), "checkpoint extension line 4 is empty");
        bad(notes, errors, "wrong_origin", signed("other.example/log\n5\n" + root + "\n"),
                "checkpoint origin is \"other.example/log\", expected \"" + ORIGIN + "\"");

        String doesNotVerify = "signature line 1 by trusted key " + label + " does not verify";
        bad(notes, errors, "bad_signature", flipSignatureByte(good, text.length() + 1), doesNotVerify);
        bad(notes, errors, "text_altered_after_signing", good.replace("\n5\n", "\n6\n"), doesNotVerify);
        bad(notes, errors, "signed_by_wrong_key", SignedNote.sign(text, List.of(impostor())).format(),
                "note is not signed by a trusted key (trusted: " + label + "; signed by: "
                        + impostor().verifierKey().label() + ")");
        bad(notes, errors, "signed_by_unknown_key_only", SignedNote.sign(text, List.of(witness())).format(),
                "note is not signed by a trusted key (trusted: " + label + "; signed by: "
                        + witness().verifierKey().label() + ")");

        Map<String, byte[]> files = new LinkedHashMap<>();
        notes.forEach((name, content) -> files.put(name, content.getBytes(StandardCharsets.UTF_8)));
        files.put("error_invalid_utf8.txt", invalidUtf8(good));
        errors.put("error_invalid_utf8.err", "note is not valid UTF-8\n");
        files.put("test-ledger.vkey", (ledger.verifierKey().format() + "\n").getBytes(StandardCharsets.UTF_8));
        errors.forEach((name, message) -> files.put(name, message.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private static void bad(Map<String, String> notes, Map<String, String> errors, String failure, String note,
            String message) {
        notes.put("error_" + failure + ".txt", note);
        errors.put("error_" + failure + ".err", message + "\n");
    }

    private static String signed(String text) {
        return SignedNote.sign(text, List.of(ledgerSigner())).format();
    }

    private static String flipSignatureByte(String good, int signatureLineStart) {
        String line = good.substring(signatureLineStart, good.length() - 1);
        int space = line.lastIndexOf(' ');
        byte[] payload = StrictBase64.decode(line.substring(space + 1));
        payload[payload.length - 1] ^= 1;
        return good.substring(0, signatureLineStart) + line.substring(0, space + 1) + StrictBase64.encode(payload) + "\n";
    }

    private static byte[] invalidUtf8(String good) {
        byte[] bytes = good.getBytes(StandardCharsets.UTF_8);
        bytes[2] = (byte) 0xff;
        return bytes;
    }

    /** Rewrites fixtures/notes from this generator: run the tests with -Dclaimledger.writeFixtures=true. */
    public static void writeIfAsked(Path dir, Map<String, byte[]> files) throws IOException {
        if (Boolean.getBoolean("claimledger.writeFixtures")) {
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(dir.resolve(file.getKey()), file.getValue());
            }
        }
    }
}
