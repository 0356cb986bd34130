package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishInflectionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            retire | retire;retires;retired;retiring
            marry  | marry;marries;married;marrying
            die    | die;dies;died;dying
            drop   | drop;drops;dropped;dropping
            quit   | quit;quits;quitted;quitting
            slump  | slump;slumps;slumped;slumping
            cut    | cut;cuts;cut;cutting
            hold   | hold;holds;held;holding
            keep   | keep;keeps;kept;keeping
            """)
    void of_givesTheRegularFormsOfALemma(String lemma, String forms) {
        assertEquals(List.of(forms.split(";")), EnglishInflections.of(lemma));
    }
}
