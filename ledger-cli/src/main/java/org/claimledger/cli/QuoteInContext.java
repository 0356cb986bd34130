package org.claimledger.cli;

import java.util.ArrayList;
import java.util.List;

import org.claimledger.model.Claim;
import org.claimledger.model.Figure;
import org.claimledger.model.SourceText;
import org.claimledger.model.Span;

/**
 * A signed claim as an editor reads it: the quote in the passage of the source around it, with the quote, its
 * figures and the attribution marked, so that what was signed is seen without reading byte offsets. On a
 * terminal the marks are bold and underline; elsewhere brackets: the quote <<like this>>, figures [[like this]],
 * the attribution {{like this}}.
 */
final class QuoteInContext {
    /** How far the passage reaches beyond the marked spans, in characters, before it is cut at a word. */
    static final int REACH = 160;
    /** An attribution farther than this from its quote is shown as a passage of its own. */
    static final int NEAR = 320;

    enum Marks {
        BRACKETS("quote in << >>, figures in [[ ]], attribution in {{ }}"),
        TERMINAL("quote in bold, figures bold and underlined, attribution underlined");

        final String legend;

        Marks(String legend) {
            this.legend = legend;
        }
    }

    private enum Part { QUOTE, FIGURE, ATTRIBUTION }

    private record Marked(Part part, int start, int end) {
    }

    private final String text;
    private final List<Marked> marked = new ArrayList<>();

    private QuoteInContext(String text) {
        this.text = text;
    }

    /** The lines to print: one or two passages (the attribution apart when it is far from the quote). */
    static List<String> lines(SourceText source, Claim claim, Marks marks) {
        QuoteInContext context = new QuoteInContext(source.text());
        Marked quote = context.mark(source, Part.QUOTE, claim.quote().span());
        for (Figure figure : claim.figures()) {
            context.mark(source, Part.FIGURE, figure.span());
        }
        Marked attribution = claim.attribution() == null ? null
                : context.mark(source, Part.ATTRIBUTION, claim.attribution().span());
        List<String> lines = new ArrayList<>();
        if (attribution == null || gap(quote, attribution) <= NEAR) {
            int start = attribution == null ? quote.start() : Math.min(quote.start(), attribution.start());
            int end = attribution == null ? quote.end() : Math.max(quote.end(), attribution.end());
            lines.addAll(context.passage(start, end, marks));
        } else {
            List<String> quotePassage = context.passage(quote.start(), quote.end(), marks);
            List<String> attributionPassage = context.passage(attribution.start(), attribution.end(), marks);
            if (attribution.start() < quote.start()) {
                lines.addAll(attributionPassage);
                lines.add("[" + gap(quote, attribution) + " characters later]");
                lines.addAll(quotePassage);
            } else {
                lines.addAll(quotePassage);
                lines.add("[" + gap(quote, attribution) + " characters later]");
                lines.addAll(attributionPassage);
            }
        }
        return lines;
    }

    private Marked mark(SourceText source, Part part, Span span) {
        Marked marking = new Marked(part, charIndex(source, span.start()), charIndex(source, span.end()));
        marked.add(marking);
        return marking;
    }

    private static int charIndex(SourceText source, long byteOffset) {
        int index = source.charIndexOfByte(byteOffset);
        if (index < 0) {
            throw new IllegalArgumentException("byte " + byteOffset + " is not on a character boundary of the source");
        }
        return index;
    }

    private static int gap(Marked a, Marked b) {
        return Math.max(0, Math.max(a.start(), b.start()) - Math.min(a.end(), b.end()));
    }

    /** The text from start to end with some context on each side, cut at a word and never past a line break. */
    private List<String> passage(int start, int end, Marks marks) {
        int from = Math.max(0, start - REACH);
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        boolean cutBefore = from > lineStart;
        if (!cutBefore) {
            from = lineStart;
        } else {
            while (from < start && !Character.isWhitespace(text.charAt(from - 1))) {
                from++;
            }
        }
        int to = Math.min(text.length(), end + REACH);
        int lineEnd = text.indexOf('\n', end);
        boolean cutAfter = lineEnd < 0 ? to < text.length() : to < lineEnd;
        if (!cutAfter) {
            to = lineEnd < 0 ? text.length() : lineEnd;
        } else {
            while (to > end && !Character.isWhitespace(text.charAt(to))) {
                to--;
            }
        }
        StringBuilder out = new StringBuilder(cutBefore ? "…" : "");
        out.append(marks == Marks.TERMINAL ? styled(from, to) : bracketed(from, to));
        if (cutAfter) {
            out.append('…');
        }
        return out.toString().strip().lines().toList();
    }

    private String bracketed(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i <= to; i++) {
            // Closing marks first, so that one span ending where the next begins reads "]]{{", not "{{]]".
            for (Marked marking : marked) {
                if (marking.end() == i && marking.start() < i) {
                    out.append(close(marking.part()));
                }
            }
            for (Marked marking : marked) {
                if (marking.start() == i && marking.end() > i) {
                    out.append(open(marking.part()));
                }
            }
            if (i < to) {
                appendVisible(out, text.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * A character of the source as it may reach a terminal: a control character (an escape sequence that would
     * restyle, move or retitle the editor's terminal, a backspace that would rub out what precedes it) or a
     * reordering mark is written as its code in hex after a backslash and a 'u', so the source cannot change what
     * the editor sees.
     */
    private static void appendVisible(StringBuilder out, char c) {
        boolean hidden = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || (c >= '\u200e' && c <= '\u200f')
                || (c >= '\u2028' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
        if (hidden) {
            out.append(String.format("\\u%04x", (int) c));
        } else {
            out.append(c);
        }
    }

    private static String open(Part part) {
        return switch (part) {
            case QUOTE -> "<<";
            case FIGURE -> "[[";
            case ATTRIBUTION -> "{{";
        };
    }

    private static String close(Part part) {
        return switch (part) {
            case QUOTE -> ">>";
            case FIGURE -> "]]";
            case ATTRIBUTION -> "}}";
        };
    }

    /** ANSI select-graphic-rendition codes, set again wherever the parts covering a character change. */
    private String styled(int from, int to) {
        StringBuilder out = new StringBuilder();
        String current = "";
        for (int i = from; i < to; i++) {
            String style = style(i);
            if (!style.equals(current)) {
                out.append("\u001b[0m");
                if (!style.isEmpty()) {
                    out.append("\u001b[").append(style).append('m');
                }
                current = style;
            }
            appendVisible(out, text.charAt(i));
        }
        if (!current.isEmpty()) {
            out.append("\u001b[0m");
        }
        return out.toString();
    }

    private String style(int at) {
        boolean bold = false;
        boolean underline = false;
        for (Marked marking : marked) {
            if (marking.start() <= at && at < marking.end()) {
                bold |= marking.part() != Part.ATTRIBUTION;
                underline |= marking.part() != Part.QUOTE;
            }
        }
        return bold && underline ? "1;4" : bold ? "1" : underline ? "4" : "";
    }
}
