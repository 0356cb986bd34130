package org.claimledger.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something in a ledger file that ClaimLedger did not create: a schema object (kind and name as H2 stores them,
 * and the start of its SQL), a data type class the engine would load, or what could not be read.
 */
public record ForeignObject(String kind, String name, String detail) {
    private static final int EXCERPT = 120;
    private static final Pattern NAME = Pattern.compile(
            "(?:TRIGGER|ALIAS|TABLE|VIEW|INDEX|KEY|CONSTRAINT|SEQUENCE|DOMAIN|AGGREGATE|SCHEMA|USER|ROLE|CONSTANT|SYNONYM)"
                    + "(?: IF NOT EXISTS)? (\"[^\"]{0,200}\"(?:\\.\"[^\"]{0,200}\")?)");

    static ForeignObject of(SchemaRecord record) {
        if (record.sql().isEmpty()) {
            return new ForeignObject("unfinished change", "to the schema", "a schema object deleted by a transaction "
                    + "that was never committed");
        }
        String sql = oneLine(record.sql());
        String name;
        Matcher constraint = Pattern.compile("ADD CONSTRAINT (\"[^\"]{0,200}\"(?:\\.\"[^\"]{0,200}\")?)").matcher(sql);
        Matcher named = NAME.matcher(sql);
        if (constraint.find()) {
            name = constraint.group(1);
        } else if (named.find()) {
            name = named.group(1);
        } else {
            String[] words = sql.split(" ", 3);
            name = words.length > 1 ? words[1] : sql;
        }
        String kind = (record.pending() ? "unfinished change to a " : "") + record.kind();
        return new ForeignObject(kind, oneLine(name.replace("\"", "")), excerpt(sql));
    }

    static ForeignObject dataType(String className) {
        return new ForeignObject("data type", oneLine(className), "a class H2 would load by name from the file's type registry");
    }

    /** One line a person can read: "trigger PUBLIC.EVIL (CREATE TRIGGER ...)". */
    public String describe() {
        return kind + " " + name + " (" + detail + ")";
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "...";
    }

    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder(Math.min(text.length(), 4 * EXCERPT));
        boolean space = false;
        for (int i = 0; i < text.length() && line.length() < 4 * EXCERPT; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = line.length() > 0;
            } else {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                line.append(c);
            }
        }
        return line.toString();
    }
}
