package org.claimledger.claims;

/** One field that differs between two versions of a claim; before or after is null when the field is absent. */
public record FieldChange(String field, String before, String after) {
    /** "figures[0].value: 9000000 -> 8000000", with (none) for an absent side. */
    @Override
    public String toString() {
        return field + ": " + (before == null ? "(none)" : before) + " -> " + (after == null ? "(none)" : after);
    }
}
