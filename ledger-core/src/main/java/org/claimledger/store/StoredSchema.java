package org.claimledger.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema of an embedded ledger as H2 stores it: the exact SQL that H2 writes into a file's schema table for
 * what {@link Schema#create} creates, which is also the SQL that H2's engine runs when it opens the file. A file
 * may lack some of these (an attacker may drop the append-only triggers; verify then reports what they changed),
 * but every record it holds must be one of them, once: anything else is an object ClaimLedger did not create.
 *
 * <p>Compared byte for byte, except the suffixes H2 derives for the names of primary keys, which are written
 * here as {@code #} (H2 numbers them from a hash of the table name). H2 2.3 and 2.5 write the same SQL.
 */
final class StoredSchema {
    private static final Pattern GENERATED_NAME = Pattern.compile("\"(PRIMARY_KEY|CONSTRAINT)_[0-9A-F]{1,8}\"");
    /**
     * A column's selectivity, a statistic H2 writes into a table's definition when it analyzes the table (by itself
     * every 2,000 rows in ledgers written before writers set ANALYZE_AUTO=0, or on ANALYZE): a number, never code,
     * so it is left out of the comparison.
     */
    private static final Pattern SELECTIVITY = Pattern.compile(" SELECTIVITY [0-9]{1,3}(?=( NOT NULL)?,?\n)");
    /** The two settings H2 records for a ledger: the build that created the file, and the URL's WRITE_DELAY. */
    private static final List<Pattern> SETTINGS = List.of(Pattern.compile("SET CREATE_BUILD [0-9]{1,6}"),
            Pattern.compile("SET WRITE_DELAY [0-9]{1,9}"));
    private static final String TABLE_META = "CREATE CACHED TABLE \"PUBLIC\".\"CL_META\"(\n"
            + "    \"NAME\" CHARACTER VARYING(64) NOT NULL,\n    \"VAL\" CHARACTER VARYING(1000) NOT NULL\n)";
    private static final List<SchemaRecord> EXPECTED = Stream.of(
            List.of(record(SchemaRecord.USER, "CREATE USER IF NOT EXISTS \"\" SALT '' HASH '' ADMIN")),
            table(TABLE_META, "CL_META", "\"NAME\""),
            table("CREATE CACHED TABLE \"PUBLIC\".\"CL_HEAD\"(\n    \"ID\" INTEGER NOT NULL\n)", "CL_HEAD", "\"ID\""),
            table("CREATE CACHED TABLE \"PUBLIC\".\"CL_ENTRIES\"(\n    \"SEQ\" BIGINT NOT NULL,\n"
                    + "    \"ENTRY_HASH\" CHARACTER(64) NOT NULL,\n    \"ENTRY_TYPE\" CHARACTER VARYING(32) NOT NULL,\n"
                    + "    \"CLAIM_ID\" BIGINT,\n    \"LEAF\" CHARACTER VARYING(1000000) NOT NULL\n)", "CL_ENTRIES", "\"SEQ\""),
            index("CL_ENTRIES_TYPE", "CL_ENTRIES", "ENTRY_TYPE"),
            index("CL_ENTRIES_CLAIM", "CL_ENTRIES", "CLAIM_ID"),
            table("CREATE CACHED TABLE \"PUBLIC\".\"CL_SOURCES\"(\n    \"SOURCE_ID\" CHARACTER(64) NOT NULL,\n"
                    + "    \"CONTENT\" CHARACTER LARGE OBJECT NOT NULL\n)", "CL_SOURCES", "\"SOURCE_ID\""),
            table("CREATE CACHED TABLE \"PUBLIC\".\"CL_TREE\"(\n    \"LVL\" INTEGER NOT NULL,\n"
                    + "    \"IDX\" BIGINT NOT NULL,\n    \"HASH\" CHARACTER(64) NOT NULL\n)", "CL_TREE", "\"LVL\", \"IDX\""),
            table("CREATE CACHED TABLE \"PUBLIC\".\"CL_CHECKPOINTS\"(\n    \"TREE_SIZE\" BIGINT NOT NULL,\n"
                    + "    \"NOTE\" CHARACTER VARYING(100000) NOT NULL\n)", "CL_CHECKPOINTS", "\"TREE_SIZE\""),
            table("CREATE CACHED TABLE \"PUBLIC\".\"CL_COSIGNATURES\"(\n    \"TREE_SIZE\" BIGINT NOT NULL,\n"
                    + "    \"LINE\" CHARACTER VARYING(1000) NOT NULL\n)", "CL_COSIGNATURES", "\"TREE_SIZE\", \"LINE\""),
            appendOnlyTrigger("CL_ENTRIES"),
            appendOnlyTrigger("CL_SOURCES"),
            appendOnlyTrigger("CL_TREE"),
            appendOnlyTrigger("CL_CHECKPOINTS"),
            appendOnlyTrigger("CL_COSIGNATURES"))
            .flatMap(List::stream).toList();

    /**
     * How a file's schema compares with ClaimLedger's: is it a ledger at all, what in it is not ours, and which of
     * ours it lacks (tolerated: a missing object runs nothing).
     */
    record Comparison(boolean ledger, List<SchemaRecord> foreign, List<SchemaRecord> missing) {
    }

    private StoredSchema() {
    }

    private static SchemaRecord record(int type, String sql) {
        return new SchemaRecord(type, sql, false);
    }

    /** A table and its primary key, which H2 stores as an index and a constraint. */
    private static List<SchemaRecord> table(String create, String table, String keyColumns) {
        String name = "\"PUBLIC\".\"" + table + "\"";
        return List.of(record(SchemaRecord.TABLE_OR_VIEW, create),
                record(SchemaRecord.INDEX, "CREATE PRIMARY KEY \"PUBLIC\".\"PRIMARY_KEY_#\" ON " + name + "(" + keyColumns + ")"),
                record(SchemaRecord.CONSTRAINT, "ALTER TABLE " + name + " ADD CONSTRAINT \"PUBLIC\".\"CONSTRAINT_#\" PRIMARY KEY("
                        + keyColumns + ") INDEX \"PUBLIC\".\"PRIMARY_KEY_#\""));
    }

    private static List<SchemaRecord> index(String index, String table, String column) {
        return List.of(record(SchemaRecord.INDEX, "CREATE INDEX \"PUBLIC\".\"" + index + "\" ON \"PUBLIC\".\"" + table
                + "\"(\"" + column + "\" NULLS FIRST)"));
    }

    private static List<SchemaRecord> appendOnlyTrigger(String table) {
        return List.of(record(SchemaRecord.TRIGGER, "CREATE FORCE TRIGGER \"PUBLIC\".\"" + table + "_APPEND_ONLY\" BEFORE "
                + "UPDATE, DELETE ON \"PUBLIC\".\"" + table + "\" FOR EACH ROW QUEUE 1024 CALL '"
                + AppendOnlyTrigger.class.getName() + "'"));
    }

    /** Compares what a file holds with what ClaimLedger creates. */
    static Comparison compare(List<SchemaRecord> stored) {
        List<SchemaRecord> unmatched = new ArrayList<>(EXPECTED);
        List<Pattern> settings = new ArrayList<>(SETTINGS);
        List<SchemaRecord> foreign = new ArrayList<>();
        boolean ledger = false;
        for (SchemaRecord record : stored) {
            String sql = record.type() == SchemaRecord.TABLE_OR_VIEW ? SELECTIVITY.matcher(record.sql()).replaceAll("")
                    : record.sql();
            String normalized = GENERATED_NAME.matcher(sql).replaceAll("\"$1_#\"");
            boolean ours = !record.pending()
                    && (unmatched.removeIf(expected -> expected.type() == record.type() && expected.sql().equals(normalized))
                    || record.type() == SchemaRecord.SETTING
                    && settings.removeIf(setting -> setting.matcher(record.sql()).matches()));
            if (ours) {
                ledger |= normalized.equals(TABLE_META);
            } else {
                foreign.add(record);
            }
        }
        return new Comparison(ledger, foreign, unmatched);
    }
}
