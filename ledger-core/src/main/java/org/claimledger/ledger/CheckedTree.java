package org.claimledger.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.claimledger.crypto.Hex;
import org.claimledger.entry.ChainLink;
import org.claimledger.entry.Envelope;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.keys.KeyRegistry;
import org.claimledger.merkle.CompactRange;
import org.claimledger.merkle.TreeHash;
import org.claimledger.merkle.TreeReadException;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.NoteException;
import org.claimledger.note.VerifierKey;
import org.claimledger.store.LedgerStore;
import org.claimledger.store.StoredEntry;

/**
 * The root of the ledger's first entries, computed only from data the newsroom can check, never from the stored
 * tree nodes alone (anyone holding the database can edit them, and the newsroom would then sign a wrong root with
 * its own key). The anchor is the largest stored checkpoint signed by the current ledger key; the stored nodes
 * are used for the tree up to it only when they hash to its signed root; every entry after it is read, its leaf
 * hashed, and its seq and prev checked against the one before. Without a usable anchor, every entry is read.
 * Cost: O(log n) node reads plus one read of each entry appended since the anchor; memory O(log n).
 */
final class CheckedTree {
    /** The root of the first {@code size} entries, and a warning for the newsroom (null when none). */
    record Head(long size, byte[] root, String warning) {
    }

    private record Anchor(long size, byte[] root) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final LedgerStore store;
    private final KeyRegistry registry;

    private CheckedTree(LedgerStore store, KeyRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    /** Computes the root of entries 0 to size - 1; a ledger whose entries do not hold together is refused (STORAGE). */
    static Head at(LedgerStore store, KeyRegistry registry, long size) throws LedgerException {
        return new CheckedTree(store, registry).head(size);
    }

    private Head head(long size) throws LedgerException {
        Anchor anchor = anchor(size);
        if (anchor == null) {
            return new Head(size, extend(CompactRange.empty(), null, size, null), null);
        }
        if (anchor.size() == size) {
            return new Head(size, anchor.root(), null);
        }
        // The last leaf under the anchor links the entries after it; hashed from its own bytes and folded with the
        // stored border before it, it must give the signed root, which also proves that border.
        long last = anchor.size() - 1;
        StoredEntry lastEntry = store.entry(last);
        if (lastEntry == null) {
            throw damaged("entry " + last + " is missing although the signed checkpoint for size " + anchor.size()
                    + " covers it");
        }
        byte[] lastHash = TreeHash.leafHash(lastEntry.leaf());
        CompactRange range = null;
        try {
            range = CompactRange.load(last, store.treeNodes());
            range.append(lastHash);
        } catch (TreeReadException e) {
            range = null;
        }
        if (range != null && MessageDigest.isEqual(range.root(), anchor.root())) {
            return new Head(size, extend(range, lastHash, size, null), null);
        }
        byte[] root = extend(CompactRange.empty(), null, size, anchor);
        return new Head(size, root, "the stored tree nodes for the first " + anchor.size() + " entries do not give the "
                + "root of the signed checkpoint for that size (they were altered or damaged); the root was computed "
                + "from the entries themselves; run 'claimledger verify'");
    }

    /**
     * The largest stored checkpoint of at most {@code size} entries signed by the current ledger key, or null. A
     * checkpoint of a replaced ledger key is no anchor, though it opens in verify: a key is replaced after a
     * suspected leak, and whoever took it could sign a root of their own for a size it covered and store it with
     * matching nodes, which the newsroom would then extend and sign with its new key.
     */
    private Anchor anchor(long size) throws LedgerException {
        List<VerifierKey> current = List.of(VerifierKey.of(registry.origin(), registry.ledgerKey().publicKey()));
        List<Long> sizes = store.checkpointSizes();
        for (int i = sizes.size() - 1; i >= 0; i--) {
            long stored = sizes.get(i);
            if (stored > size || stored < 1) {
                continue;
            }
            String note = store.checkpoint(stored);
            try {
                Checkpoint opened = Checkpoint.open(note.getBytes(StandardCharsets.UTF_8), registry.origin(), current);
                if (opened.size() == stored) {
                    return new Anchor(stored, opened.root());
                }
            } catch (NoteException e) {
                // Not a checkpoint the current key signed for this size: no anchor. verify reports a bad one.
            }
        }
        return null;
    }

    /**
     * Reads entries range.size() to size - 1, checks that each sits at its own seq and links to the one before (the
     * first to previousHash, or to the genesis prev when the range is empty), and appends its leaf hash. With an
     * anchor, also checks the root when the range reaches the anchor's size.
     */
    private byte[] extend(CompactRange range, byte[] previousHash, long size, Anchor anchor) throws LedgerException {
        long from = range.size();
        byte[][] previous = {from == 0 ? Hex.decodeHash(Envelope.GENESIS_PREV) : previousHash};
        long[] expected = {from};
        store.forEachEntry(from, size, stored -> {
            long position = expected[0];
            if (stored.seq() != position) {
                throw damaged("entry " + position + " is missing (the next stored entry is " + stored.seq() + ")");
            }
            ChainLink link = link(stored.leaf());
            if (link == null) {
                throw damaged("entry " + position + " is damaged (its leaf is not a JSON object with a seq and a prev)");
            }
            if (link.seq() != position || !link.prev().equals(Hex.encode(previous[0]))) {
                throw damaged("entry " + position + " does not link to the entry before it (its seq is " + link.seq()
                        + ", its prev " + link.prev() + ")");
            }
            previous[0] = TreeHash.leafHash(stored.leaf());
            range.append(previous[0]);
            expected[0]++;
            if (anchor != null && range.size() == anchor.size() && !MessageDigest.isEqual(range.root(), anchor.root())) {
                throw damaged("entries 0 to " + (anchor.size() - 1) + " no longer give the root of the signed checkpoint "
                        + "for size " + anchor.size() + " (" + base64(anchor.root()) + "; they give "
                        + base64(range.root()) + "): history was rewritten after it was signed");
            }
        });
        if (expected[0] != size) {
            throw damaged("entries " + expected[0] + " to " + (size - 1) + " are missing");
        }
        return range.root();
    }

    /**
     * The seq and prev of a leaf, read without building the entry (a full parse with its canonical-form check costs
     * several times more, and verify does it anyway); null when the leaf has no such members.
     */
    private static ChainLink link(byte[] leaf) {
        try (JsonParser parser = JSON.createParser(leaf)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Long seq = null;
            String prev = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(Envelope.SEQ) && value == JsonToken.VALUE_NUMBER_INT) {
                    seq = parser.getLongValue();
                } else if (name.equals(Envelope.PREV) && value == JsonToken.VALUE_STRING) {
                    prev = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            return seq == null || prev == null ? null : new ChainLink(seq, prev);
        } catch (IOException e) {
            return null;
        }
    }

    private LedgerException damaged(String what) {
        return new LedgerException(Failure.STORAGE, "cannot sign a checkpoint of " + store.location().display() + ": "
                + what + "; run 'claimledger verify'; nothing was signed");
    }

    private static String base64(byte[] hash) {
        return Base64.getEncoder().encodeToString(hash);
    }
}
