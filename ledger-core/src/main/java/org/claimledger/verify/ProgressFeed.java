package org.claimledger.verify;

import java.util.List;
import java.util.function.LongConsumer;

import org.claimledger.failure.LedgerException;
import org.claimledger.store.StoredTree;
import org.claimledger.store.EntryConsumer;
import org.claimledger.store.StoredEntry;

/** A feed that reports how many entries have been read, every {@code every} entries, for a progress bar. */
public final class ProgressFeed implements LedgerFeed {
    private final LedgerFeed feed;
    private final long every;
    private final LongConsumer progress;

    public ProgressFeed(LedgerFeed feed, long every, LongConsumer progress) {
        this.feed = feed;
        this.every = every;
        this.progress = progress;
    }

    @Override
    public void forEachEntry(EntryConsumer consumer) throws LedgerException {
        long[] read = {0};
        feed.forEachEntry(stored -> {
            consumer.accept(stored);
            if (++read[0] % every == 0) {
                progress.accept(read[0]);
            }
        });
        progress.accept(read[0]);
    }

    @Override
    public String sourceText(String id) throws LedgerException {
        return feed.sourceText(id);
    }

    @Override
    public List<StoredEntry> revocations() throws LedgerException {
        return feed.revocations();
    }

    @Override
    public List<Long> checkpointSizes() throws LedgerException {
        return feed.checkpointSizes();
    }

    @Override
    public String checkpoint(long treeSize) throws LedgerException {
        return feed.checkpoint(treeSize);
    }

    @Override
    public StoredTree storedTree() {
        return feed.storedTree();
    }
}
