package org.claimledger.ledger;

import java.util.ArrayList;
import java.util.List;

import org.claimledger.claims.ClaimsFile;
import org.claimledger.failure.LedgerException;

/**
 * The claims of a streamed file in blocks, handled a block at a time on all cores: up to {@value #CLAIMS} claims
 * or {@value #BYTES} bytes of them, whichever comes first, so a block's memory is bounded whatever the file holds.
 */
final class ClaimBlocks {
    static final int CLAIMS = 512;
    static final int BYTES = 1024 * 1024;

    private ClaimBlocks() {
    }

    /** The next block, empty after the last claim. */
    static List<ClaimsFile.Item> next(ClaimsFile.Reader reader) throws LedgerException {
        List<ClaimsFile.Item> block = new ArrayList<>();
        long bytes = 0;
        while (block.size() < CLAIMS && bytes < BYTES) {
            ClaimsFile.Item item = reader.next();
            if (item == null) {
                break;
            }
            block.add(item);
            bytes += item.bytes();
        }
        return block;
    }
}
