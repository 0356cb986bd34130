package org.claimledger.merkle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.claimledger.crypto.Hex;
import org.claimledger.note.GoldenNotes;
import org.claimledger.note.SignedNote;

/**
 * Builds every file under fixtures/proofs from the golden tree of fixtures/notes (five leaves,
 * leaf i is the bytes of "entry i") and its signed checkpoint. Expected messages are literals:
 * they are what a reviewer reads, not what the code happens to print.
 */
final class GoldenProofs {
    static final Path DIR = Path.of("..", "fixtures", "proofs");
    private static final String LEDGER_KEY = "newsroom.example/claimledger+4094760f";

    private GoldenProofs() {
    }

    static InMemoryNodeStore store() {
        InMemoryNodeStore store = new InMemoryNodeStore();
        CompactRange range = CompactRange.empty();
        GoldenNotes.leafHashes().forEach(leaf -> store.putAll(range.append(leaf)));
        return store;
    }

    /** The leaf an inclusion proof file is checked against: the bytes of "entry <index>". */
    static byte[] leafHash(long index) {
        return TreeHash.leafHash(("entry " + index).getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, byte[]> files() throws TreeReadException {
        MerkleTree tree = new MerkleTree(store(), GoldenNotes.TREE_SIZE);
        SignedNote checkpoint = GoldenNotes.checkpoint().sign(GoldenNotes.ledgerSigner());
        Map<String, String> files = new LinkedHashMap<>();

        String good = TlogProof.of(2, tree.inclusionProof(2, 5).hashes(), checkpoint).format();
        files.put("good_inclusion_index_2.tlog-proof", good);
        files.put("good_inclusion_index_4_with_extra.tlog-proof",
                TlogProof.of("claimledger entry 4".getBytes(StandardCharsets.UTF_8), 4,
                        tree.inclusionProof(4, 5).hashes(), checkpoint).format());
        String[] lines = good.split("\n", -1);
        String hash0 = lines[2];
        String hash1 = lines[3];
        String hash2 = lines[4];
        String root5 = "fKo0Xb2JKmZFTWxlEuo8PqPw0+whvj/C4jdXBf049nI=";

        inclusion(files, "wrong_header", good.replace(TlogProof.HEADER, "c2sp.org/tlog-proof@v2"),
                "proof must start with the line \"c2sp.org/tlog-proof@v1\", got \"c2sp.org/tlog-proof@v2\"");
        inclusion(files, "missing_index", good.replace("index 2\n", ""),
                "proof line 2 must be \"index <number>\", got \"" + hash0 + "\"");
        inclusion(files, "index_leading_zero", good.replace("index 2\n", "index 02\n"),
                "proof index (line 2) has a leading zero: \"02\"");
        inclusion(files, "index_negative", good.replace("index 2\n", "index -2\n"),
                "proof index (line 2) is not a decimal number: \"-2\"");
        inclusion(files, "hash_wrong_length", good.replace(hash1, ProofHashes.base64(new byte[31])),
                "proof hash 1 (line 4) must be 32 bytes, got 31");
        inclusion(files, "hash_in_hex", good.replace(hash1, Hex.encode(Base64.getDecoder().decode(hash1))),
                "proof hash 1 (line 4) must be 32 bytes, got 48");
        inclusion(files, "hash_bad_base64", good.replace(hash1, hash1.replace('=', '!')),
                "proof hash 1 (line 4) is not valid base64: \"" + hash1.replace('=', '!') + "\"");
        inclusion(files, "no_empty_line_before_checkpoint", TlogProof.HEADER + "\nindex 2\n" + hash0 + "\n",
                "proof has no empty line before its checkpoint");
        inclusion(files, "checkpoint_without_signature", good.substring(0, good.indexOf('\u2014')),
                "proof checkpoint (from line 7): note has no signatures");
        inclusion(files, "checkpoint_by_unknown_key",
                good.substring(0, good.indexOf('\u2014')) + "\u2014 witness.example/w1 AAAAAAE=\n",
                "proof checkpoint: note is not signed by a trusted key (trusted: " + LEDGER_KEY
                        + "; signed by: witness.example/w1+00000000)");
        inclusion(files, "checkpoint_altered", good.replace("\n5\n", "\n6\n"),
                "proof checkpoint: signature line 1 by trusted key " + LEDGER_KEY + " does not verify");
        inclusion(files, "index_outside_tree", good.replace("index 2\n", "index 5\n"),
                "leaf index 5 is outside a tree of size 5");
        inclusion(files, "proof_too_short", good.replace(hash1 + "\n", ""),
                "inclusion proof for leaf 2 in a tree of size 5 must have 3 hashes, got 2");
        inclusion(files, "index_of_another_leaf", good.replace("index 2\n", "index 3\n"),
                "inclusion proof for leaf 3 in a tree of size 5: computed root "
                        + "ZrOeInbJsj5MHiIZeGujJZhEYJG/5T3j036k/KfUCnA=, expected root " + root5);
        inclusion(files, "hashes_swapped", good.replace(hash0 + "\n" + hash1, hash1 + "\n" + hash0),
                "inclusion proof for leaf 2 in a tree of size 5: computed root "
                        + "AmBdL+CFM9x13x03YkQGop70HCFQjoA6l9xmnsg0K7s=, expected root " + root5);
        inclusion(files, "hash_tampered", good.replace(hash2, ProofHashes.base64(new byte[32])),
                "inclusion proof for leaf 2 in a tree of size 5: computed root "
                        + "HGLV/cLfnd2XE4vQFTWQJY8rJkm+jqItwR8eJNJ3iDA=, expected root " + root5);

        ConsistencyProof c35 = tree.consistencyProof(3, 5);
        String cg = c35.format();
        files.put("good_consistency_3_to_5.txt", cg);
        files.put("good_consistency_4_to_5.txt", tree.consistencyProof(4, 5).format());
        String c0 = ProofHashes.base64(c35.hashes().get(0));
        consistency(files, "wrong_header", cg.replace(ConsistencyProof.HEADER, "claimledger consistency proof v2"),
                "consistency proof must start with the line \"claimledger consistency proof v1\", got "
                        + "\"claimledger consistency proof v2\"");
        consistency(files, "sizes_swapped", cg.replace("old 3\nnew 5\n", "new 5\nold 3\n"),
                "consistency proof line 2 must be \"old <number>\", got \"new 5\"");
        consistency(files, "size_leading_zero", cg.replace("old 3\n", "old 03\n"),
                "consistency proof old (line 2) has a leading zero: \"03\"");
        consistency(files, "empty_line", cg + "\n", "consistency proof line 8 is empty");
        consistency(files, "no_final_newline", cg.substring(0, cg.length() - 1),
                "consistency proof line 7 does not end with a newline");
        consistency(files, "hash_wrong_length", cg.replace(c0, ProofHashes.base64(new byte[33])),
                "consistency proof hash 0 (line 4) must be 32 bytes, got 33");
        consistency(files, "old_larger_than_new", cg.replace("old 3\nnew 5\n", "old 5\nnew 3\n"),
                "old tree size 5 is larger than new tree size 3");
        consistency(files, "old_size_zero", cg.replace("old 3\n", "old 0\n"),
                "a consistency proof from the empty tree (old size 0) proves nothing");
        consistency(files, "missing_hash", cg.replace(c0 + "\n", ""),
                "consistency proof from size 3 to 5 must have 4 hashes, got 3");
        consistency(files, "claims_smaller_new_tree", cg.replace("new 5\n", "new 4\n"),
                "consistency proof from size 3 to 4 must have 3 hashes, got 4");
        consistency(files, "hash_tampered", cg.replace(c0, ProofHashes.base64(new byte[32])),
                "consistency proof from size 3 to 5: computed old root "
                        + "eCb4WfPRqphQf7TFiNbEYrJnr5wtdl2IO6gkUm/qoDk=, expected old root lPvQ3YNvUDAWkubQ6t5yjuGexSv/8WBu2AfIV11aqhk=");

        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, content) -> bytes.put(name, content.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    private static void inclusion(Map<String, String> files, String failure, String proof, String message) {
        files.put("error_inclusion_" + failure + ".tlog-proof", proof);
        files.put("error_inclusion_" + failure + ".err", message + "\n");
    }

    private static void consistency(Map<String, String> files, String failure, String proof, String message) {
        files.put("error_consistency_" + failure + ".txt", proof);
        files.put("error_consistency_" + failure + ".err", message + "\n");
    }
}
