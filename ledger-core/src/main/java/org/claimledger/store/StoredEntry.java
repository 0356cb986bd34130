package org.claimledger.store;

import java.nio.charset.StandardCharsets;

/** A row of the entries table as read: the position it is stored at and its leaf bytes, untrusted. */
public record StoredEntry(long seq, byte[] leaf) {
    public String leafText() {
        return new String(leaf, StandardCharsets.UTF_8);
    }
}
