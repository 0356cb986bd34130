package org.claimledger.entry;

import java.util.Locale;

/**
 * The rule for the names a ledger declares, its origin and its keys' names: printable ASCII (U+0021 to U+007E)
 * without '+', as C2SP signed notes mean key names and origins to be. A name is what a person compares by eye
 * and what the auditor's pins are filed under, so it must not be able to pass for another: "rel.exаmple/claims"
 * with a Cyrillic "а" looks like "rel.example/claims" and is not it.
 */
public final class DeclaredName {
    private DeclaredName() {
    }

    /** Why the name is not acceptable, naming the first character at fault; null when it is. */
    public static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "it is empty";
        }
        for (int i = 0, position = 1; i < name.length(); position++) {
            int cp = name.codePointAt(i);
            if (cp < 0x21 || cp > 0x7E || cp == '+') {
                return "it has " + describe(cp) + " at character " + position + "; names are printable ASCII without "
                        + "spaces or '+' (C2SP key names), so that no name can pass for another";
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static String describe(int cp) {
        String code = String.format(Locale.ROOT, "U+%04X", cp);
        String unicodeName = Character.getName(cp);
        return cp == '+' ? "'+' (" + code + ")" : unicodeName == null ? code : code + " " + unicodeName;
    }
}
