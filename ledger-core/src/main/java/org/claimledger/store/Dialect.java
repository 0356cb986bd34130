package org.claimledger.store;

import java.util.List;

/** The few places where H2 and PostgreSQL need different SQL. */
enum Dialect {
    H2 {
        @Override
        String largeText() {
            return "CLOB";
        }

        @Override
        List<String> appendOnlyGuard(String table) {
            return List.of("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE, DELETE ON " + table
                    + " FOR EACH ROW CALL '" + AppendOnlyTrigger.class.getName() + "'");
        }
    },
    POSTGRESQL {
        @Override
        String largeText() {
            return "TEXT";
        }

        @Override
        List<String> appendOnlyGuard(String table) {
            return List.of(
                    "CREATE OR REPLACE FUNCTION cl_refuse_change() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION "
                            + "'ledger table % is append-only: UPDATE and DELETE are refused', TG_TABLE_NAME; END $$ "
                            + "LANGUAGE plpgsql",
                    "CREATE TRIGGER " + table + "_append_only BEFORE UPDATE OR DELETE ON " + table
                            + " FOR EACH ROW EXECUTE FUNCTION cl_refuse_change()");
        }
    };

    abstract String largeText();

    abstract List<String> appendOnlyGuard(String table);

    static Dialect of(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }
}
