package org.claimledger.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.claimledger.model.SourceText;
import org.claimledger.model.Span;
import org.junit.jupiter.api.Test;

class ArticleMarkupTest {
    private static ArticleMarkup.Mark mark(ArticleMarkup.Kind kind, long claim, int figure, int start, int end) {
        return new ArticleMarkup.Mark(kind, claim, figure, start, end);
    }

    @Test
    void overlappingClaims_areCutIntoPieces_eachCarryingEveryMarkOverIt() {
        String text = "abcdefghij";
        Markup out = new Markup();
        Set<Long> anchored = ArticleMarkup.write(out, text, List.of(
                mark(ArticleMarkup.Kind.QUOTE, 3, -1, 1, 6),
                mark(ArticleMarkup.Kind.FIGURE, 3, 0, 2, 3),
                mark(ArticleMarkup.Kind.QUOTE, 4, -1, 4, 9),
                mark(ArticleMarkup.Kind.ATTRIBUTION, 4, -1, 9, 10)), Set.of(4L));
        assertEquals(Set.of(3L, 4L), anchored);
        assertEquals("a<span class=\"anchor\" id=\"q-3\"></span>"
                + "<a class=\"hl q qs\" href=\"#claim-3\" data-q=\"3\">b</a>"
                + "<a class=\"hl q f\" href=\"#claim-3\" data-q=\"3\" data-f=\"3:0\" tabindex=\"-1\">c</a>"
                + "<a class=\"hl q\" href=\"#claim-3\" data-q=\"3\" tabindex=\"-1\">d</a>"
                + "<span class=\"anchor\" id=\"q-4\"></span>"
                + "<a class=\"hl q qs qe\" href=\"#claim-3\" data-q=\"3 4\" tabindex=\"-1\">ef</a>"
                + "<a class=\"hl q qe end-cor\" href=\"#claim-4\" data-q=\"4\">ghi</a>"
                + "<a class=\"hl a\" href=\"#claim-4\" data-a=\"4\" tabindex=\"-1\">j</a>", out.toString(),
                "the overlap links to the narrower claim; a new claim is a new tab stop; the corrected one is flagged");
    }

    @Test
    void retractedQuotes_areStruck_andEmptyOrOutsideSpansMarkNothing() {
        Markup out = new Markup();
        Set<Long> anchored = ArticleMarkup.write(out, "abc", List.of(
                mark(ArticleMarkup.Kind.RETRACTED_QUOTE, 7, -1, 0, 2),
                mark(ArticleMarkup.Kind.QUOTE, 8, -1, 1, 1),
                mark(ArticleMarkup.Kind.QUOTE, 9, -1, 2, 4)), Set.of());
        assertEquals("<span class=\"anchor\" id=\"q-7\"></span><a class=\"hl r end-ret\" href=\"#claim-7\" "
                + "data-r=\"7\">ab</a>c", out.toString());
        assertEquals(Set.of(7L), anchored);
    }

    @Test
    void textAndMarkupInIt_areEscaped_inAndOutOfMarks() {
        String text = "<b>\"x\" & 'y'</b>\u0000";
        Markup out = new Markup();
        ArticleMarkup.write(out, text, List.of(mark(ArticleMarkup.Kind.QUOTE, 1, -1, 3, 8)), Set.of());
        assertEquals("&lt;b&gt;<span class=\"anchor\" id=\"q-1\"></span><a class=\"hl q qs qe\" href=\"#claim-1\" "
                + "data-q=\"1\">&quot;x&quot; &amp;</a> &#39;y&#39;&lt;/b&gt;\uFFFD", out.toString());
    }

    @Test
    void byteSpans_ofNonAsciiText_fallOnTheirCharacters() {
        SourceText text = SourceText.fromString("È più «vero» di “così”: 11.000 soldati 🙂 ok");
        Span figure = text.find("11.000").get(0);
        assertEquals(new Span(33, 39), figure);
        int start = text.charIndexOfByte(figure.start());
        int end = text.charIndexOfByte(figure.end());
        assertEquals("11.000", text.text().substring(start, end));
        Span emoji = text.find("🙂").get(0);
        assertEquals(-1, text.charIndexOfByte(emoji.start() + 2), "inside a four-byte character");
        assertEquals(-1, text.charIndexOfByte(emoji.start() + 1));
        assertEquals(-1, text.charIndexOfByte(text.byteLength() + 1L));
        assertEquals(-1, text.charIndexOfByte(-1));
        assertEquals(text.text().length(), text.charIndexOfByte(text.byteLength()));
    }
}
