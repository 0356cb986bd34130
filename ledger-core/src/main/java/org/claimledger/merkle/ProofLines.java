package org.claimledger.merkle;

import java.util.List;

import org.claimledger.input.Excerpt;
import org.claimledger.note.StrictBase64;
import org.claimledger.note.StrictDecimal;

/** Reads a proof text line by line, keeping the line number for messages. */
final class ProofLines {
    private final String text;
    private final String kind;
    private int position;
    private int lineNumber;

    ProofLines(String text, String kind) {
        this.text = text;
        this.kind = kind;
    }

    boolean atEnd() {
        return position == text.length();
    }

    int lineNumber() {
        return lineNumber;
    }

    /** The text after the lines read so far. */
    String rest() {
        return text.substring(position);
    }

    String next() throws MalformedProofException {
        int end = text.indexOf('\n', position);
        if (end < 0) {
            throw new MalformedProofException(kind + (atEnd() ? " ends early after line " + lineNumber
                    : " line " + (lineNumber + 1) + " does not end with a newline"));
        }
        String line = text.substring(position, end);
        position = end + 1;
        lineNumber++;
        return line;
    }

    String peek() {
        int end = text.indexOf('\n', position);
        return end < 0 ? text.substring(position) : text.substring(position, end);
    }

    /** Reads "<keyword> <decimal>" from the next line. */
    long number(String keyword) throws MalformedProofException {
        String line = next();
        if (!line.startsWith(keyword + " ")) {
            throw new MalformedProofException(kind + " line " + lineNumber + " must be \"" + keyword
                    + " <number>\", got \"" + Excerpt.of(line) + "\"");
        }
        String digits = line.substring(keyword.length() + 1);
        try {
            return StrictDecimal.parse(digits);
        } catch (NumberFormatException e) {
            throw new MalformedProofException(kind + " " + keyword + " (line " + lineNumber + ") " + e.getMessage()
                    + ": \"" + Excerpt.of(digits) + "\"", e);
        }
    }

    /** Reads hash lines until an empty line (consumed) or, if {@code untilEmptyLine} is false, the end. */
    void hashes(List<byte[]> out, boolean untilEmptyLine) throws MalformedProofException {
        while (untilEmptyLine || !atEnd()) {
            if (untilEmptyLine && atEnd()) {
                throw new MalformedProofException(kind + " has no empty line before its checkpoint");
            }
            String line = next();
            if (line.isEmpty()) {
                if (untilEmptyLine) {
                    return;
                }
                throw new MalformedProofException(kind + " line " + lineNumber + " is empty");
            }
            out.add(hash(line, out.size()));
        }
    }

    private byte[] hash(String line, int number) throws MalformedProofException {
        String where = kind + " hash " + number + " (line " + lineNumber + ")";
        byte[] hash;
        try {
            hash = StrictBase64.decode(line);
        } catch (IllegalArgumentException e) {
            throw new MalformedProofException(where + " is not valid base64: \"" + Excerpt.of(line) + "\"", e);
        }
        if (hash.length != TreeHash.LENGTH) {
            throw new MalformedProofException(where + " must be " + TreeHash.LENGTH + " bytes, got " + hash.length);
        }
        return hash;
    }
}
