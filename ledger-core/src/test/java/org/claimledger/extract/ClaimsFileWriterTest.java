package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ClaimsFileWriterTest {
    private static final String RAW = "\uFEFFTitolo\r\n\r\n«Più di 11.000 soldati», ha detto il generale Mario Rossi. "
            + "“Circa 1,5 milioni”, si legge nel rapporto dell’Istat.\r\n";

    @Test
    void write_givesUtf8ByteSpans_intoTheNormalizedText() {
        SourceText source = SourceText.fromString(RAW);
        ObjectNode file = ClaimsFileWriter.write(source, source.id(), Language.IT,
                Extractor.extract(source.text(), Language.IT));
        byte[] bytes = source.bytes();
        List<String> checked = new ArrayList<>();
        for (JsonNode claim : file.get("claims")) {
            checked.add(textAt(bytes, claim.get("span")) + " = " + claim.get("quote").asText());
            for (JsonNode figure : claim.get("figures")) {
                checked.add(textAt(bytes, figure.get("span")) + " = " + figure.get("text").asText());
            }
            JsonNode attribution = claim.get("attribution");
            checked.add(textAt(bytes, attribution.get("span")) + " = " + attribution.get("text").asText());
        }
        assertEquals(List.of(
                "«Più di 11.000 soldati», ha detto il generale Mario Rossi. = «Più di 11.000 soldati», ha detto il"
                        + " generale Mario Rossi.",
                "11.000 = 11.000",
                "ha detto il generale Mario Rossi = ha detto il generale Mario Rossi",
                "“Circa 1,5 milioni”, si legge nel rapporto dell’Istat. = “Circa 1,5 milioni”, si legge nel rapporto"
                        + " dell’Istat.",
                "1,5 milioni = 1,5 milioni",
                "si legge nel rapporto dell’Istat = si legge nel rapporto dell’Istat"), checked);
        // the BOM and the CRs are gone: "Titolo\n\n" is 8 bytes, and the quote opens with «
        assertEquals(8, file.get("claims").get(0).get("span").get("start").asInt());
    }

    @Test
    void write_keepsTheFieldOrderOfTheClaimsFileFormat() {
        SourceText source = SourceText.fromString(RAW);
        ObjectNode file = ClaimsFileWriter.write(source, source.id(), Language.IT,
                Extractor.extract(source.text(), Language.IT));
        assertEquals(List.of("v", "source", "lang", "claims"), names(file));
        assertEquals(List.of("quote", "span", "figures", "attribution", "confidence"), names(file.get("claims").get(0)));
        assertEquals(List.of("text", "value", "unit", "qualifier", "span"),
                names(file.get("claims").get(0).get("figures").get(0)));
        assertEquals(List.of("who", "kind", "cue", "text", "span"), names(file.get("claims").get(0).get("attribution")));
        assertEquals("more-than", file.get("claims").get(0).get("figures").get(0).get("qualifier").asText());
        assertEquals(source.id(), file.get("source").asText());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String textAt(byte[] bytes, JsonNode span) {
        return new String(Arrays.copyOfRange(bytes, span.get("start").asInt(), span.get("end").asInt()),
                StandardCharsets.UTF_8);
    }
}
