package org.claimledger.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a JVM of its own by RuntimeHardeningTest: on a scratch H2 database of its own (no ledger, no file check),
 * tries the three ways a planted object runs code, and prints for each whether it ran. Markers in the directory
 * show what actually executed.
 */
final class HardeningProbe {
    private HardeningProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("scratch"), "", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (i INT)");
            attempt(statement, "source-trigger", "CREATE TRIGGER from_source BEFORE INSERT ON t FOR EACH ROW AS "
                    + "$$org.h2.api.Trigger create() { return new org.h2.api.Trigger() { public void fire("
                    + "java.sql.Connection c, Object[] o, Object[] n) { try { java.nio.file.Files.writeString("
                    + "java.nio.file.Path.of(\"" + dir.resolve("marker-source") + "\"), \"ran\"); } "
                    + "catch (java.io.IOException e) { throw new RuntimeException(e); } } }; } $$",
                    "INSERT INTO t VALUES (1)");
            attempt(statement, "jdk-alias", "CREATE ALIAS read_property FOR 'java.lang.System.getProperty'",
                    "CALL read_property('java.home')");
            attempt(statement, "trigger-class", "CREATE TRIGGER from_class BEFORE INSERT ON t FOR EACH ROW CALL '"
                    + MarkerTrigger.class.getName() + "'", "INSERT INTO t VALUES (2)");
        }
        System.out.println("compiler: " + ModuleLayer.boot().findModule("java.compiler").isPresent());
    }

    private static void attempt(Statement statement, String name, String... sql) {
        try {
            for (String each : sql) {
                statement.execute(each);
            }
            System.out.println(name + ": ran");
        } catch (Throwable e) {
            System.out.println(name + ": refused (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** An existing Trigger class, as a planted trigger might name one: writes a marker when it fires. */
    public static final class MarkerTrigger implements org.h2.api.Trigger {
        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
            try {
                java.nio.file.Files.writeString(Path.of(System.getProperty("user.dir")).resolve("marker-class"), "ran");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
