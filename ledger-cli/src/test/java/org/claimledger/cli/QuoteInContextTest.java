package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.claimledger.model.Attribution;
import org.claimledger.model.AttributionKind;
import org.claimledger.model.Claim;
import org.claimledger.model.Figure;
import org.claimledger.model.Qualifier;
import org.claimledger.model.Quote;
import org.claimledger.model.SourceText;
import org.claimledger.model.Span;
import org.junit.jupiter.api.Test;

class QuoteInContextTest {
    private static final String TEXT = "Titolo\n"
            + "Secondo l'Istat, più di 11.000 persone hanno perso il lavoro nel 2024. Lo ha detto il presidente.\n"
            + "Altro paragrafo.";
    private static final SourceText SOURCE = SourceText.fromString(TEXT);

    private static Span at(String text) {
        List<Span> found = SOURCE.find(text);
        assertEquals(1, found.size(), text);
        return found.get(0);
    }

    private static Claim claim(String quote, String figure, String attribution) {
        List<Figure> figures = figure == null ? List.of()
                : List.of(new Figure(figure, "11000", null, "persone", Qualifier.MORE_THAN, null, at(figure)));
        Attribution by = attribution == null ? null
                : new Attribution("Istat", AttributionKind.ORGANIZATION, null, attribution, at(attribution));
        return new Claim(SOURCE.id(), new Quote(quote, at(quote)), null, figures, by);
    }

    @Test
    void brackets_markQuoteFiguresAndAttribution_inTheirLine_neverPastALineBreak() {
        Claim claim = claim("più di 11.000 persone hanno perso il lavoro", "11.000", "Secondo l'Istat");
        assertEquals(List.of("{{Secondo l'Istat}}, <<più di [[11.000]] persone hanno perso il lavoro>> nel 2024. Lo ha "
                + "detto il presidente."), QuoteInContext.lines(SOURCE, claim, QuoteInContext.Marks.BRACKETS));
    }

    @Test
    void terminal_boldsTheQuote_underlinesTheAttribution_andBoth_forFigures() {
        Claim claim = claim("più di 11.000 persone", "11.000", "Secondo l'Istat");
        String line = QuoteInContext.lines(SOURCE, claim, QuoteInContext.Marks.TERMINAL).get(0);
        assertEquals("\u001b[0m\u001b[4mSecondo l'Istat\u001b[0m, \u001b[0m\u001b[1mpiù di \u001b[0m\u001b[1;4m11.000"
                + "\u001b[0m\u001b[1m persone\u001b[0m hanno perso il lavoro nel 2024. Lo ha detto il presidente.", line);
    }

    @Test
    void aLongLine_isCutAtAWord_andAFarAttribution_isAPassageOfItsOwn() {
        String filler = "parola ".repeat(80);
        SourceText source = SourceText.fromString("Lo dice l'Istat. " + filler + "Sono 11.000 le persone. " + filler);
        Span attribution = source.find("Lo dice l'Istat").get(0);
        Span quote = source.find("Sono 11.000 le persone.").get(0);
        Claim claim = new Claim(source.id(), new Quote("Sono 11.000 le persone.", quote), null, List.of(),
                new Attribution("Istat", AttributionKind.ORGANIZATION, null, "Lo dice l'Istat", attribution));
        List<String> lines = QuoteInContext.lines(source, claim, QuoteInContext.Marks.BRACKETS);
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("{{Lo dice l'Istat}}. " + "parola ".repeat(22).strip() + "…", lines.get(0));
        assertEquals("[" + (filler.length() + 2) + " characters later]", lines.get(1));
        assertEquals("…" + "parola ".repeat(22) + "<<Sono 11.000 le persone.>> " + "parola ".repeat(22).strip() + "…",
                lines.get(2));
    }

    @Test
    void controlCharactersOfTheSource_areShownAsCodes_neverSentToTheTerminal() {
        // A title escape sequence, a bell, backspaces that would rub out what precedes them, a right-to-left override.
        SourceText source = SourceText.fromString("Lo dice l'Istat\u001b]0;pwned\u0007: sono 11.000\b\b persone \u202e.");
        Span quote = source.find("sono 11.000").get(0);
        Claim claim = new Claim(source.id(), new Quote("sono 11.000", quote), null, List.of(), null);
        assertEquals(List.of("Lo dice l'Istat\\u001b]0;pwned\\u0007: <<sono 11.000>>\\u0008\\u0008 persone \\u202e."),
                QuoteInContext.lines(source, claim, QuoteInContext.Marks.BRACKETS));
        String styled = QuoteInContext.lines(source, claim, QuoteInContext.Marks.TERMINAL).get(0);
        assertEquals("Lo dice l'Istat\\u001b]0;pwned\\u0007: \u001b[0m\u001b[1msono 11.000\u001b[0m\\u0008\\u0008 persone "
                + "\\u202e.", styled);
    }
}
