package org.claimledger.state;

import org.claimledger.store.Head;

/**
 * What this machine saw at one ledger location: the head (size and last leaf hash) when it last worked on it, or
 * null for a location that is a snapshot (a bundle), and the origin verify found there, or null when no verify
 * has run there yet.
 */
public record Seen(String location, Head head, String origin) {
    public long size() {
        return head == null ? 0 : head.size();
    }
}
