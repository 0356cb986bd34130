package org.claimledger.verify;

import java.util.List;

import org.claimledger.failure.LedgerException;
import org.claimledger.store.EntryConsumer;
import org.claimledger.store.StoredEntry;
import org.claimledger.store.StoredTree;

/** Where verify reads a ledger from: the database, or an exported bundle with no database at all. */
public interface LedgerFeed {
    /** Streams every stored entry in position order. */
    void forEachEntry(EntryConsumer consumer) throws LedgerException;

    /** The stored text of a source, or null when there is none. */
    String sourceText(String id) throws LedgerException;

    /**
     * The key revocation entries, read ahead of the scan so that a revocation backdated to before entries
     * that precede it in the ledger is applied to them. Untrusted: each is checked again when the scan reaches it.
     */
    List<StoredEntry> revocations() throws LedgerException;

    // No defaults below: a wrapping feed that forgot to pass these on would silently skip the checkpoint checks.

    /** The tree sizes of the signed checkpoints the ledger holds, smallest first. Untrusted. */
    List<Long> checkpointSizes() throws LedgerException;

    /** The signed checkpoint note stored for a tree size, with any witnesses' cosignature lines, or null. Untrusted. */
    String checkpoint(long treeSize) throws LedgerException;

    /** The stored Merkle tree nodes that proofs are served from, or null when the feed has none. Untrusted. */
    StoredTree storedTree();
}
