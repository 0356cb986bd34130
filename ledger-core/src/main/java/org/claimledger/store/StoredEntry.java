package org.claimledger.store;

import java.nio.charset.StandardCharsets;

/**
 * A row of the entries table as read: the position it is stored at, its leaf bytes, and, when the reader has
 * them, the columns derived from the leaf (entry_hash, entry_type and claim_id) that look-ups rely on. All of it
 * untrusted: writers derive what they need from the leaf, and verify compares each column with it.
 */
public record StoredEntry(long seq, byte[] leaf, String indexedHash, String indexedType, Long indexedClaim) {
    public StoredEntry(long seq, byte[] leaf) {
        this(seq, leaf, null, null, null);
    }

    /** True when the index columns were read with the entry (a database feed; an exported bundle has none). */
    public boolean hasIndex() {
        return indexedType != null;
    }

    public String leafText() {
        return new String(leaf, StandardCharsets.UTF_8);
    }
}
