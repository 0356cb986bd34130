package org.claimledger.cli;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Run in a separate JVM by tests: holds an H2 ledger open, as another editor's process would (or, with a second
 * argument "read-only", as a reader's would), until stdin closes.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + args[0] + ";IFEXISTS=TRUE"
                + (args.length > 1 && args[1].equals("read-only") ? ";ACCESS_MODE_DATA=r" : ""), "", "")) {
            System.out.println("holding " + args[0]);
            System.out.flush();
            while (System.in.read() >= 0) {
                // Hold the ledger until the test closes our stdin.
            }
        }
    }
}
