package org.claimledger.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Refuses UPDATE and DELETE on the ledger tables of an H2 ledger. A guard against accidents only:
 * whoever owns the file can drop it, which is what verify is for.
 */
public final class AppendOnlyTrigger implements Trigger {
    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("ledger table " + table + " is append-only: UPDATE and DELETE are refused", "42000");
    }
}
