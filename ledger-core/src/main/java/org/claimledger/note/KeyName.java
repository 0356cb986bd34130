package org.claimledger.note;

import org.claimledger.input.Excerpt;

/** The signed-note rule for key names: non-empty, no Unicode space, no '+' (which separates vkey fields). */
final class KeyName {
    private KeyName() {
    }

    static boolean isValid(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        return name.codePoints().noneMatch(cp -> cp == '+' || cp == 0x85 || Character.isWhitespace(cp)
                || Character.isSpaceChar(cp) || Character.isISOControl(cp));
    }

    static void require(String name) {
        if (!isValid(name)) {
            throw new IllegalArgumentException(describe(name));
        }
    }

    static String describe(String name) {
        return "key name \"" + Excerpt.of(name) + "\" must be non-empty, without spaces or '+'";
    }
}
