package org.claimledger.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JcsVectorsTest {
    private static final Path VECTORS = Path.of("..", "fixtures", "vectors", "jcs");

    @Test
    void canonicalize_matchesEveryRfc8785Vector() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> inputs = Files.list(VECTORS.resolve("input"))) {
            for (Path input : inputs.sorted().toList()) {
                byte[] expected = Files.readAllBytes(VECTORS.resolve("output").resolve(input.getFileName()));
                byte[] actual = Jcs.canonicalize(mapper.readTree(input.toFile()));
                checked++;
                if (!java.util.Arrays.equals(expected, actual)) {
                    failures.add(input.getFileName() + ": expected " + new String(expected, java.nio.charset.StandardCharsets.UTF_8)
                            + " got " + new String(actual, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        assertEquals(6, checked, "every vector file is read");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void number_usesEcmaScriptForms() {
        assertEquals("1e+30", Jcs.number(1e30));
        assertEquals("333333333.3333333", Jcs.number(333333333.3333333));
        assertEquals("0.002", Jcs.number(0.002));
        assertEquals("1e-7", Jcs.number(1e-7));
        assertEquals("0.000001", Jcs.number(1e-6));
        assertEquals("-5", Jcs.number(-5.0));
        assertEquals("0", Jcs.number(-0.0));
        assertEquals("100000000000000000000", Jcs.number(1e20));
        assertEquals("1e+21", Jcs.number(1e21));
        assertEquals("5e-324", Jcs.number(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", Jcs.number(Double.MAX_VALUE));
    }
}
