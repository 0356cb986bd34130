package org.claimledger.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.claimledger.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureReaderTest {

    @ParameterizedTest(name = "[{0}] ''{1}'' reads {2}")
    @CsvSource(delimiter = '|', textBlock = """
            it | 9 milioni             | 9000000
            it | 11.000                | 11000
            it | 1.234.567             | 1234567
            it | 1,5                   | 1.5
            it | 1,50                  | 1.5
            it | 1,2 miliardi          | 1200000000
            it | 1 miliardo            | 1000000000
            it | 3 mila                | 3000
            it | 3mila                 | 3000
            it | 2,5 mila              | 2500
            it | 45%                   | 45
            it | 45 %                  | 45
            it | 45 per cento          | 45
            it | 4,5 per cento         | 4.5
            it | € 540 milioni         | 540000000
            it | 540 milioni €         | 540000000
            it | 540 mln               | 540000000
            it | tre                   | 3
            it | Tre                   | 3
            it | undici                | 11
            it | ventuno               | 21
            it | ventotto              | 28
            it | ventitré              | 23
            it | ventitre              | 23
            it | cento                 | 100
            it | centotto              | 108
            it | duecentocinquanta     | 250
            it | mille                 | 1000
            it | millecento            | 1100
            it | tremila               | 3000
            it | duecentomilacinquecento | 200500
            it | nove milioni          | 9000000
            it | un milione            | 1000000
            it | un miliardo e duecento milioni | 1200000000
            it | un milione e mezzo    | 1500000
            it | un miliardo e mezzo   | 1500000000
            it | mezzo milione         | 500000
            it | due milioni e mezzo   | 2500000
            en | an hour               | 1
            en | a year                | 1
            en | A mile                | 1
            it | un'ora                | 1
            it | un’ora                | 1
            it | una settimana         | 1
            it | Un metro              | 1
            it | tre miliardi e mezzo  | 3500000000
            en | two and a half million | 2500000
            en | one and a half billion | 1500000000
            en | twenty-two and a half thousand | 22500
            it | 0                     | 0
            it | 007                   | 7
            it | 11\u00A0000           | 11000
            en | 11,000                | 11000
            en | 1,234,567.25          | 1234567.25
            en | 1.5                   | 1.5
            en | 1.2 billion           | 1200000000
            en | $540 million          | 540000000
            en | $540                  | 540
            en | US$540 million        | 540000000
            en | £3bn                  | 3000000000
            en | £450m                 | 450000000
            en | £23.4m                | 23400000
            en | $30k                  | 30000
            en | 45%                   | 45
            en | 45 percent            | 45
            en | 45 per cent           | 45
            en | nine million          | 9000000
            en | Nine million          | 9000000
            en | eleven                | 11
            en | twenty-five           | 25
            en | twenty five           | 25
            en | a hundred             | 100
            en | three hundred and six | 306
            en | a thousand            | 1000
            en | two thousand five hundred | 2500
            en | one million two hundred thousand | 1200000
            en | a million             | 1000000
            en | 9 million             | 9000000
            en | 11\u202F000           | 11000
            en | 11\u2009000           | 11000
            en | 11.000                | 11
            en | 2hr 11min 03sec       | 7863
            en | 2hr 05min             | 7500
            en | 2h 5m 7s              | 7507
            en | 3min 41.52sec         | 221.52
            en | one hour and ten minutes | 4200
            en | 2 hours, 14 minutes   | 8040
            it | 1'58"40               | 118.4
            it | 4'05"                 | 245
            it | 4’05”                 | 245
            it | tre minuti e dodici secondi | 192
            it | 2 ore e 30 minuti     | 9000
            en | twice                 | 2
            en | double                | 2
            en | doubled               | 2
            en | doubling              | 2
            en | tripled               | 3
            en | trebled               | 3
            en | quadrupled            | 4
            it | doppio                | 2
            it | triplo                | 3
            it | raddoppiato           | 2
            it | raddoppieranno        | 2
            it | triplicato            | 3
            it | triplicherà           | 3
            it | quadruplicate         | 4
            """)
    void read_readsSingleFigures(String lang, String text, String expected) throws FigureTextException {
        FigureValue value = FigureReader.read(unescape(text), Language.fromCode(lang));
        assertEquals(expected, value.valueText());
        assertNull(value.upperText());
    }

    @ParameterizedTest(name = "[{0}] ''{1}'' reads {2}..{3}")
    @CsvSource(delimiter = '|', textBlock = """
            it | tra 10 e 12           | 10 | 12
            it | fra 10 e 12           | 10 | 12
            it | da 10 a 12            | 10 | 12
            it | tra dieci e dodici    | 10 | 12
            it | tra 10 e 12 milioni   | 10000000 | 12000000
            it | tra due e tre milioni e mezzo | 2000000 | 3500000
            it | tra 1,5 e 2 milioni   | 1500000 | 2000000
            it | 10-12                 | 10 | 12
            it | 10 – 12               | 10 | 12
            it | 10-12%                | 10 | 12
            it | tra 500 mila e 1,2 milioni | 500000 | 1200000
            it | tra il 3 e il 4%      | 3 | 4
            it | fra l'8 e l'11%       | 8 | 11
            it | tra i 16 e i 18 miliardi | 16000000000 | 18000000000
            it | tra gli 80 e i 90     | 80 | 90
            en | between 10 and 12     | 10 | 12
            en | from 10 to 12         | 10 | 12
            en | 10-12                 | 10 | 12
            en | 10%-12%               | 10 | 12
            en | $10-12 million        | 10000000 | 12000000
            en | €7 million to €9 million | 7000000 | 9000000
            en | £4m to £5.5m          | 4000000 | 5500000
            en | between 500 and 1.2 million | 500 | 1200000
            en | between one and two million | 1000000 | 2000000
            en | between 2hr 10min 05sec and 2hr 12min | 7805 | 7920
            en | two or three          | 2 | 3
            en | 4 or 5 per cent       | 4 | 5
            it | due o tre             | 2 | 3
            it | tra 1'58" e 2'01"    | 118 | 121
            """)
    void read_readsRanges(String lang, String text, String lower, String upper) throws FigureTextException {
        FigureValue value = FigureReader.read(text, Language.fromCode(lang));
        assertEquals(lower, value.valueText());
        assertEquals(upper, value.upperText());
    }

    @ParameterizedTest(name = "[{0}] ''{1}'' is refused")
    @CsvSource(delimiter = '|', textBlock = """
            it | più
            it | più di 11.000
            it | almeno 100
            it | 11.000 soldati
            it | 9 milioni di colpi
            it | 1.5
            it | 11.00
            it | 11.0000
            it | 1234.567
            it | 1.234,5,6
            it | 11..000
            it | 11.
            it | 11,000.5
            it | S-300
            it | 2375 e 2397
            it | tra 12 e 10
            it | tra 10 e 10
            it | tra 10
            it | un
            it | tre milione
            it | un milioni
            it | nove e
            it | tre e mezzo
            en | an
            en | a hour
            en | an year
            en | a day
            en | a second
            en | a years
            en | a  year
            en | the year
            en | one hour
            it | una
            it | un'
            it | una anno
            it | un settimana
            it | un giorno
            it | un secondo
            it | un anni
            it | un ora
            it | due milioni e mezzo e
            it | mezzo
            en | two and a half
            en | two and a half million people
            en | two and half million
            en | a half million
            en | two million and a half
            en | two and a half million and a half
            en | 450m
            en | 30k
            it | €450m
            it | ventiuno
            it | milioni
            it | mila
            it | $45%
            it | -5
            it | ٣
            it | １２
            it | 9 million
            it | nine
            it | 9milioni
            en | 11,00
            en | 1,5
            en | 11,000,00
            en | more than 11,000
            en | 9 millions
            en | nine millions
            en | tre
            en | a
            en | one one
            en | twenty twenty
            en | thousand million
            en | one thousand two million
            en | three hundred and
            en | 11,000 soldiers
            en | 10-12-14
            en | 9 milioni
            en | 11 000
            en | 2 hours
            en | 2min 2hr
            en | 2hr 75min
            en | 2.5hr 10min
            en | 2hr 11min and
            it | 4'
            it | 2 minuti e 30 minuti
            en | doubles match
            en | three or two
            it | tre o tre
            en | twice twice
            it | doppiato
            it | raddoppi
            en | tripl
            """)
    void read_refusesAnythingButAFigure(String lang, String text) {
        FigureTextException e = assertThrows(FigureTextException.class,
                () -> FigureReader.read(text, Language.fromCode(lang)));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | tre
            it | tremilacinquecento
            it | mille
            it | miliardi
            it | dozzina
            it | centinaio
            it | zero
            en | eleven
            en | billion
            en | hundred
            en | dozen
            en | zero
            """)
    void numberWordInitials_holdTheFirstLetterOfEveryWordReadAsANumber(String lang, String word) {
        Language language = Language.fromCode(lang);
        assertTrue(FigureReader.isNumberWord(word, language) || FigureReader.isGroupNoun(word, language), word);
        assertTrue(FigureReader.numberWordInitials(language).indexOf(word.charAt(0)) >= 0, word);
    }

    @Test
    void numberWordInitials_areTheLettersTheWordsStartWith() {
        // the letters the extractor used to list by hand, now derived from the words: a word added to numbers/ with
        // a new first letter changes them here first
        assertEquals("cdmnoqstuvz", FigureReader.numberWordInitials(Language.IT));
        assertEquals("bdefhmnostz", FigureReader.numberWordInitials(Language.EN));
    }

    @Test
    void read_messageSaysWhyGroupingIsWrong() {
        FigureTextException e = assertThrows(FigureTextException.class, () -> FigureReader.read("1.5", Language.IT));
        assertEquals("cannot read figure text '1.5' (it): '1.5' has a grouping mark '.' not followed by exactly three"
                + " digits (it writes decimals with ',')", e.getMessage());
    }

    @Test
    void read_messageNamesStrayWord() {
        FigureTextException e = assertThrows(FigureTextException.class,
                () -> FigureReader.read("11.000 soldati", Language.IT));
        assertTrue(e.getMessage().startsWith("cannot read figure text '11.000 soldati' (it): 'soldati' after the"
                + " number is not a scale word of it"), e.getMessage());
    }

    @Test
    void read_refusesEmptyAndNull() {
        assertThrows(FigureTextException.class, () -> FigureReader.read("", Language.IT));
        assertThrows(FigureTextException.class, () -> FigureReader.read("  ", Language.EN));
        assertThrows(FigureTextException.class, () -> FigureReader.read(null, Language.EN));
    }

    @Test
    void figureValue_keepsCanonicalText() {
        FigureValue value = new FigureValue(new BigDecimal("9000000.00"), null);
        assertEquals("9000000", value.valueText());
        assertEquals(FigureValue.of(new BigDecimal("9E+6")), value);
        assertThrows(IllegalArgumentException.class,
                () -> new FigureValue(BigDecimal.TEN, BigDecimal.ONE));
    }

    private static String unescape(String text) {
        return text.replace("\\u00A0", "\u00A0").replace("\\u202F", "\u202F").replace("\\u2009", "\u2009");
    }
}
