package org.claimledger.extract;

/** A piece of the normalized source text and where it is, as char indexes (start inclusive, end exclusive). */
public record Located(String text, int start, int end) {

    public Located {
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("located text '" + text + "' does not fit " + start + ".." + end);
        }
    }

    /** The piece of source from start to end. */
    public static Located in(String source, int start, int end) {
        return new Located(source.substring(start, end), start, end);
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    public boolean contains(int index) {
        return start <= index && index < end;
    }
}
