package org.claimledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.claimledger.crypto.Hex;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.merkle.TreeHash;

/**
 * Writes the Merkle tree's complete-subtree nodes as leaves are appended, so that roots and proofs are
 * later read in O(log n) rows instead of rescanning the ledger. Node (level, index) covers leaves
 * [index * 2^level, (index + 1) * 2^level).
 */
final class TreeNodes {
    private final LedgerLocation location;
    private final Map<Long, byte[]> written = new HashMap<>();
    private long size;

    private TreeNodes(LedgerLocation location, long size) {
        this.location = location;
        this.size = size;
    }

    static TreeNodes load(Connection connection, long size, LedgerLocation location) {
        return new TreeNodes(location, size);
    }

    void append(Connection connection, byte[] leafHash) throws LedgerException {
        long index = size;
        byte[] hash = leafHash;
        int level = 0;
        insert(connection, level, index, hash);
        while ((index & 1) == 1) {
            byte[] left = read(connection, level, index - 1);
            hash = TreeHash.nodeHash(left, hash);
            index >>= 1;
            level++;
            insert(connection, level, index, hash);
        }
        size++;
    }

    private static long key(int level, long index) {
        return (index << 6) | level;
    }

    private void insert(Connection connection, int level, long index, byte[] hash) throws LedgerException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO cl_tree (lvl, idx, hash) VALUES (?, ?, ?)")) {
            insert.setInt(1, level);
            insert.setLong(2, index);
            insert.setString(3, Hex.encode(hash));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "storing tree node " + level + "/" + index);
        }
        written.put(key(level, index), hash);
    }

    private byte[] read(Connection connection, int level, long index) throws LedgerException {
        byte[] cached = written.get(key(level, index));
        if (cached != null) {
            return cached;
        }
        byte[] hash = readNode(connection, level, index, location);
        if (hash == null) {
            throw new LedgerException(Failure.STORAGE, "tree node " + level + "/" + index + " is missing from "
                    + location.display() + "; run 'claimledger verify' to find out what was removed");
        }
        return hash;
    }

    static byte[] readNode(Connection connection, int level, long index, LedgerLocation location) throws LedgerException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT hash FROM cl_tree WHERE lvl = ? AND idx = ?")) {
            select.setInt(1, level);
            select.setLong(2, index);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Hex.decodeHash(rows.getString(1)) : null;
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "reading tree node " + level + "/" + index);
        }
    }
}
