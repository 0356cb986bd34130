package org.claimledger.json;

/** Turns RFC 6901 JSON pointers into the dotted names shown to people. */
public final class FieldNames {
    private FieldNames() {
    }

    public static String display(String pointer) {
        if (pointer.isEmpty() || pointer.equals("/")) {
            return "(document)";
        }
        StringBuilder out = new StringBuilder();
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                out.append('[').append(name).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.toString();
    }

    public static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
