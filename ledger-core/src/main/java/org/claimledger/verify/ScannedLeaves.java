package org.claimledger.verify;

import org.claimledger.failure.LedgerException;

/**
 * What the auditor's state needs of the scan's leaf hashes: all of them in a leaf file (when there is a state
 * directory), the last one, and the one at the position this machine last saw as the ledger's end.
 */
final class ScannedLeaves implements Verifier.LeafSink, AutoCloseable {
    private final LeafHashFile file;
    private final long watched;
    private byte[] atWatched;
    private byte[] last;
    private long count;

    /** file may be null (no state directory); watched is the index whose hash to keep, or -1. */
    ScannedLeaves(LeafHashFile file, long watched) {
        this.file = file;
        this.watched = watched;
    }

    @Override
    public void leaf(byte[] leafHash) throws LedgerException {
        if (file != null) {
            file.add(leafHash);
        }
        if (count == watched) {
            atWatched = leafHash;
        }
        last = leafHash;
        count++;
    }

    /** The leaf file, or null without a state directory. */
    LeafHashFile file() {
        return file;
    }

    /** The leaf hash at the watched index, or null when the scan did not reach it. */
    byte[] atWatched() {
        return atWatched;
    }

    /** The last leaf hash, or null when the scan read none. */
    byte[] last() {
        return last;
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
