package org.claimledger.verify;

import java.util.List;

import org.claimledger.entry.EntryType;
import org.claimledger.failure.LedgerException;
import org.claimledger.store.EntryConsumer;
import org.claimledger.store.LedgerStore;
import org.claimledger.store.StoredEntry;
import org.claimledger.store.StoredTree;

/** A ledger read from its database. */
public final class StoreFeed implements LedgerFeed {
    private final LedgerStore store;

    public StoreFeed(LedgerStore store) {
        this.store = store;
    }

    @Override
    public void forEachEntry(EntryConsumer consumer) throws LedgerException {
        store.forEachEntry(consumer);
    }

    @Override
    public String sourceText(String id) throws LedgerException {
        return store.sourceText(id);
    }

    @Override
    public List<StoredEntry> revocations() throws LedgerException {
        return store.entriesOfTypes(List.of(EntryType.KEY_REVOKE.code()));
    }

    @Override
    public List<Long> checkpointSizes() throws LedgerException {
        return store.checkpointSizes();
    }

    @Override
    public String checkpoint(long treeSize) throws LedgerException {
        return store.cosignedCheckpoint(treeSize);
    }

    @Override
    public StoredTree storedTree() {
        return store.storedTree();
    }
}
