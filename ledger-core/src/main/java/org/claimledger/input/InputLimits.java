package org.claimledger.input;

import java.util.Locale;

/**
 * The size limits of SPEC.md §16, defined here and only here: how long each text a signed entry carries may be,
 * how many digits a figure may have, how large a leaf, a note and a source may be. Text lengths count Unicode
 * characters (code points). Every limit is checked before anything is written, and a draft over a limit is
 * malformed input, never a storage failure halfway through.
 */
public final class InputLimits {
    /** A ledger entry's leaf bytes (the column that stores it holds this many characters). */
    public static final int LEAF_BYTES = 1_000_000;
    /** A signed note (checkpoint), as stored and as read from a file. */
    public static final int NOTE_BYTES = 100_000;
    /** A witness's cosignature line as stored beside its checkpoint: "— name base64(76 bytes)" and a long name. */
    public static final int COSIGNATURE_LINE_BYTES = 1_000;
    /** A source text, before normalization. */
    public static final int SOURCE_BYTES = 16 * 1024 * 1024;

    /** A claim's quote, its statement, and an attribution's passage. */
    public static final int PASSAGE = 10_000;
    /** A figure's text as written ("9 milioni"), its unit and its period. */
    public static final int FIGURE_TEXT = 200;
    /** Digits in a figure's value or upper bound (sign and decimal point not counted). */
    public static final int FIGURE_DIGITS = 40;
    public static final int FIGURES_PER_CLAIM = 50;
    /**
     * Claims in one claims file. The file is streamed, so this bounds only what grows with it: the table that finds
     * a claim the file holds twice (about 40 bytes a claim) and the time a hostile file can take.
     */
    public static final int CLAIMS_PER_FILE = 2_000_000;
    /** A claims file's bytes: room for CLAIMS_PER_FILE claims of about 1 KB each. */
    public static final long CLAIMS_FILE_BYTES = 2L * 1024 * 1024 * 1024;
    /**
     * One claim of a claims file, as written (its JSON object), and any one string in the file. The largest claim
     * the other limits allow is about 400 KB even with every character escaped; a claim is read whole before its
     * fields are checked, so this bounds the memory one claim can take, with room for a field over its own limit
     * to be named as such.
     */
    public static final int CLAIM_BYTES = 4 * 1024 * 1024;
    /** Occurrences of a text in a source that a search lists (a quote found more often needs a span). */
    public static final int OCCURRENCES = 10_000;
    /** Names: an origin, a key name, who an attribution names, a reporting cue, a publisher. */
    public static final int NAME = 200;
    /** A source's title, URL and publication date. */
    public static final int SOURCE_FIELD = 2_000;
    /** The reason of a correction, retraction, revocation or rotation. */
    public static final int REASON = 2_000;

    /** Where the limits are written down, for messages. */
    public static final String SPEC = "SPEC.md §16";

    private InputLimits() {
    }

    /** Null when the text fits; else "FIELD has N characters; at most MAX are allowed (SPEC.md §16)". */
    public static String overLength(String field, String text, int maxCharacters) {
        if (text == null || text.length() <= maxCharacters) {
            return null;
        }
        int characters = text.codePointCount(0, text.length());
        if (characters <= maxCharacters) {
            return null;
        }
        return field + " has " + characters + " characters; at most " + maxCharacters + " are allowed (" + SPEC + ")";
    }

    /** Null when a decimal text (such as "-1.5") has at most FIGURE_DIGITS digits; else why not. Linear time. */
    public static String overDigits(String field, String decimal) {
        if (decimal == null || decimal.length() <= FIGURE_DIGITS) {
            return null;
        }
        long digits = decimal.chars().filter(c -> c >= '0' && c <= '9').count();
        if (digits <= FIGURE_DIGITS) {
            return null;
        }
        return field + " has " + digits + " digits; a figure has at most " + FIGURE_DIGITS + " (" + SPEC + ")";
    }

    /** "16 MiB", "64 KiB" or "100,000 bytes": a byte count as people read it. */
    public static String bytes(long count) {
        if (count % (1024 * 1024) == 0) {
            return count / (1024 * 1024) + " MiB";
        }
        if (count % 1024 == 0) {
            return count / 1024 + " KiB";
        }
        return String.format(Locale.ROOT, "%,d bytes", count);
    }
}
