package org.claimledger.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.Hex;

/**
 * Builds every file under fixtures/cosignatures from fixed test keys and a fixed time: the golden checkpoint of
 * fixtures/notes cosigned (c2sp.org/tlog-cosignature, cosignature/v1) by a test witness, and cosignatures that
 * must be refused beside their exact messages. Rewrite with {@code -Dclaimledger.writeFixtures=true}.
 */
public final class GoldenCosignatures {
    public static final Path DIR = Path.of("..", "fixtures", "cosignatures");
    public static final String WITNESS_NAME = "witness.example/w1";
    /** The witness test key's seed: a test key, published on purpose. */
    public static final String WITNESS_SEED_HEX = "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f";
    /** 2025-06-15T15:06:40Z. */
    public static final long TIMESTAMP = 1_750_000_000L;

    private GoldenCosignatures() {
    }

    public static Cosigner witness() {
        return new Cosigner(WITNESS_NAME, Ed25519PrivateKey.fromSeed(Hex.decode(WITNESS_SEED_HEX)));
    }

    /** The golden checkpoint as the log signed it, then the witness's cosignature line. */
    public static String cosignedNote() {
        return GoldenNotes.goodNote() + witness().cosign(GoldenNotes.checkpoint().text(), TIMESTAMP).line() + "\n";
    }

    public static Map<String, byte[]> files() {
        Cosigner witness = witness();
        String text = GoldenNotes.checkpoint().text();
        String logged = GoldenNotes.goodNote();
        NoteSignature good = witness.cosign(text, TIMESTAMP);
        String label = witness.key().label();

        Map<String, String> files = new LinkedHashMap<>();
        files.put("witness.vkey", witness.key().format() + "\n");
        files.put("good_cosignature.txt", good.line() + "\n");
        files.put("good_signed_message.txt", new String(CosignatureV1.message(TIMESTAMP, text), StandardCharsets.UTF_8));
        files.put("good_cosigned_checkpoint.txt", cosignedNote());

        Map<String, String> errors = new LinkedHashMap<>();
        String doesNotVerify = "the cosignature by witness " + label + " does not verify on this checkpoint: it was made "
                + "for another checkpoint or time, or altered";
        Checkpoint smaller = Checkpoint.of(GoldenNotes.ORIGIN, 4, GoldenNotes.checkpoint().root());
        bad(files, errors, "cosignature_of_another_checkpoint", logged + witness.cosign(smaller.text(), TIMESTAMP).line(),
                doesNotVerify);
        bad(files, errors, "timestamp_changed", logged + withPayload(good, payload -> {
            ByteBuffer.wrap(payload).putLong(4, TIMESTAMP + 1);
        }), doesNotVerify);
        bad(files, errors, "signature_byte_flipped", logged + withPayload(good, payload -> payload[payload.length - 1] ^= 1),
                doesNotVerify);
        bad(files, errors, "signed_without_header", logged + new NoteSignature(WITNESS_NAME, good.keyId(),
                CosignatureV1.signatureBytes(TIMESTAMP, privateKey().sign(text.getBytes(StandardCharsets.UTF_8)))).line(),
                doesNotVerify);
        bad(files, errors, "key_id_changed", logged + withPayload(good, payload -> payload[0] ^= 1),
                "witness " + label + " did not cosign it");
        bad(files, errors, "signed_as_log_key", logged + new NoteSigner(WITNESS_NAME, privateKey()).sign(text).line(),
                "witness " + label + " did not cosign it");
        bad(files, errors, "without_timestamp", logged + new NoteSignature(WITNESS_NAME, good.keyId(),
                privateKey().sign(CosignatureV1.message(TIMESTAMP, text))).line(),
                "the cosignature by " + label + " must be a 4-byte key ID, an 8-byte timestamp and a 64-byte Ed25519 "
                        + "signature (76 bytes), got 68 bytes");
        bad(files, errors, "timestamp_above_2_63", logged + withPayload(good, payload -> payload[4] |= (byte) 0x80),
                "the cosignature by " + label + " has a timestamp above 2^63 - 1 ("
                        + Long.toUnsignedString(TIMESTAMP | Long.MIN_VALUE) + ")");
        bad(files, errors, "two_cosignatures_by_one_key", logged + good.line() + "\n"
                + witness.cosign(text, TIMESTAMP + 60).line(),
                "it carries 2 cosignatures by witness " + label + "; a note carries at most one signature per key");

        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, content) -> bytes.put(name, content.getBytes(StandardCharsets.UTF_8)));
        errors.forEach((name, message) -> bytes.put(name, (message + "\n").getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    private static Ed25519PrivateKey privateKey() {
        return Ed25519PrivateKey.fromSeed(Hex.decode(WITNESS_SEED_HEX));
    }

    private static void bad(Map<String, String> files, Map<String, String> errors, String failure, String note,
            String message) {
        files.put("error_" + failure + ".txt", note + "\n");
        errors.put("error_" + failure + ".err", message);
    }

    /** The signature line with its decoded payload (key ID, then signature bytes) changed. */
    private static String withPayload(NoteSignature signature, java.util.function.Consumer<byte[]> change) {
        String line = signature.line();
        int space = line.lastIndexOf(' ');
        byte[] payload = StrictBase64.decode(line.substring(space + 1));
        change.accept(payload);
        return line.substring(0, space + 1) + StrictBase64.encode(payload);
    }

    /** The names of the bad cosigned notes the generator writes (each has its .err beside it). */
    static List<String> errorNames() {
        return files().keySet().stream().filter(name -> name.startsWith("error_") && name.endsWith(".txt")).toList();
    }
}
