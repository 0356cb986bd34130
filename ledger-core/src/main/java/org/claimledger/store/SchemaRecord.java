package org.claimledger.store;

/**
 * One row of an H2 file's schema table (the SQL that H2's engine runs to rebuild each schema object when it opens
 * the file), as read at the storage level. {@code pending} marks a row with an unfinished change: a value that
 * some transaction wrote but that was never cleanly committed.
 */
record SchemaRecord(int type, String sql, boolean pending) {
    /** H2's object type codes (org.h2.engine.DbObject), as stored in the schema table's TYPE column. */
    static final int TABLE_OR_VIEW = 0;
    static final int INDEX = 1;
    static final int USER = 2;
    static final int TRIGGER = 4;
    static final int CONSTRAINT = 5;
    static final int SETTING = 6;

    private static final String[] KINDS = {"table or view", "index", "user", "sequence", "trigger", "constraint",
            "setting", "role", "right", "function alias", "schema", "constant", "domain", "comment", "aggregate",
            "synonym"};

    /** What kind of object this is, in H2's words ("trigger", "function alias", ...). */
    String kind() {
        return type >= 0 && type < KINDS.length ? KINDS[type] : "object of unknown type " + type;
    }
}
