package org.claimledger.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import org.claimledger.failure.LedgerException;

/**
 * The embedded ledger files this process holds open through {@link LedgerStore}. H2's engine reads a file's
 * schema when the first connection opens it and shares that open database with every later connection, so
 * the storage-level check runs for the first opener only (and must: while the engine holds the file, a second
 * reader of it in this process is refused its lock). The first open is checked and made under one lock, so no
 * other thread of this process can open the file between the check and the engine.
 */
final class OpenFiles {
    interface Opening {
        Connection open() throws LedgerException;
    }

    private static final Map<Path, Integer> OPEN = new HashMap<>();

    private OpenFiles() {
    }

    /** Opens a connection to an embedded ledger, checking the file first unless this process already has it open. */
    static synchronized Connection open(LedgerLocation location, Opening opening) throws LedgerException {
        Path file = location.h2File();
        if (!OPEN.containsKey(file)) {
            LedgerFileCheck.requireOurs(location);
        }
        Connection connection = opening.open();
        OPEN.merge(file, 1, Integer::sum);
        return connection;
    }

    /** Records a connection that was made without a check: a file this process has just created. */
    static synchronized void created(LedgerLocation location) {
        OPEN.merge(location.h2File(), 1, Integer::sum);
    }

    static synchronized void closed(LedgerLocation location) {
        OPEN.computeIfPresent(location.h2File(), (file, count) -> count == 1 ? null : count - 1);
    }
}
