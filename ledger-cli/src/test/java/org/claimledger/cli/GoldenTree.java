package org.claimledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.Hex;
import org.claimledger.merkle.TreeHash;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.MalformedNoteException;
import org.claimledger.note.NoteSigner;
import org.claimledger.note.VerifierKey;

/**
 * The golden tree of fixtures/notes and fixtures/proofs, for the fuzz suites: five leaves "entry i", the test
 * ledger key (its seed is published on purpose), checkpoints signed at any size, and the golden files.
 */
final class GoldenTree {
    static final Path NOTES = Cli.FIXTURES.resolve("notes");
    static final Path PROOFS = Cli.FIXTURES.resolve("proofs");
    static final String ORIGIN = "newsroom.example/claimledger";
    static final int SIZE = 5;
    private static final String LEDGER_SEED_HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    private GoldenTree() {
    }

    static byte[] leaf(int index) {
        return ("entry " + index).getBytes(StandardCharsets.UTF_8);
    }

    static VerifierKey trusted() {
        try {
            return VerifierKey.parse(Files.readString(NOTES.resolve("test-ledger.vkey")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MalformedNoteException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 9162 MTH of the first n leaves. */
    static byte[] root(int n) {
        return root(0, n);
    }

    private static byte[] root(int from, int to) {
        if (to - from == 1) {
            return TreeHash.leafHash(leaf(from));
        }
        int split = Integer.highestOneBit(to - from - 1);
        return TreeHash.nodeHash(root(from, from + split), root(from + split, to));
    }

    /** The checkpoint of the first n leaves, signed by the test ledger key. */
    static byte[] checkpoint(int n) {
        NoteSigner signer = new NoteSigner(ORIGIN, Ed25519PrivateKey.fromSeed(Hex.decode(LEDGER_SEED_HEX)));
        return Checkpoint.of(ORIGIN, n, root(n)).sign(signer).bytes();
    }

    /** The files of a fixture directory whose names end so, read whole. */
    static List<byte[]> files(Path directory, String suffix) {
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(directory)) {
            for (Path file : listing.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                files.add(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
