package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'claimledger export --format csv|prov|schema-org' on the seed ledger with a correction and a retraction, read
 * back as their consumers read them: the CSV by an RFC 4180 parser, the linked data by Apache Jena and SPARQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportFormatsTest {
    private static final String LEDGER = "urn:claimledger:newsroom.example/claims";
    private static final String PREFIXES = "PREFIX prov: <http://www.w3.org/ns/prov#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX s: <https://schema.org/> ";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"open\")";

    @TempDir
    static Path dir;

    private Cli cli;

    @BeforeAll
    void seedWithACorrectionAndARetraction() {
        cli = SeededLedger.shared().copyTo(dir);
        cli.ok("claim", "correct", "8", "--set", "figures[0].unit=colpi di artiglieria", "--reason",
                "the report counts shells only", "--ledger", "news", "--key", "giulia.key");
        cli.ok("claim", "correct", "9", "--set", "statement=" + FORMULA, "--reason", "a spreadsheet formula",
                "--ledger", "news", "--key", "giulia.key");
        cli.ok("claim", "retract", "15", "--reason", "said in 2023, not at this meeting", "--ledger", "news", "--key",
                "giulia.key");
    }

    @Test
    void csv_hasOneRowPerClaim_withItsCurrentVersionAndStatus_andDefusesFormulas() throws IOException {
        Cli.Result result = cli.ok("export", "--format", "csv", "--out", "claims.csv", "--ledger", "news");
        assertEquals("exported 17 claims of newsroom.example/claims (1 retracted) as csv to " + dir.resolve("claims.csv")
                + "\n", result.out());
        String text = Files.readString(dir.resolve("claims.csv"), StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), "CRLF line ends");
        List<Map<String, String>> rows = rows(text);
        assertEquals(17, rows.size());
        Map<String, String> shells = row(rows, "8");
        assertEquals("corrected", shells.get("status"));
        assertEquals("9000000", shells.get("figure1_value"));
        assertEquals("colpi di artiglieria", shells.get("figure1_unit"));
        assertEquals("exactly", shells.get("figure1_qualifier"));
        assertEquals("giulia.rossi", shells.get("signer"));
        assertTrue(shells.get("quote").startsWith("Putin avrebbe spedito a Kim 9 milioni"), shells.get("quote"));
        assertEquals("retracted", row(rows, "15").get("status"));
        assertEquals("current", row(rows, "3").get("status"));
        assertEquals("Russia e Corea del Nord", row(rows, "3").get("source_title"));
        assertEquals("'" + FORMULA, row(rows, "9").get("statement"), "a formula is written as text");
    }

    @Test
    void prov_readsAsRdf_withVersionsDerivedAttributedGeneratedRevisedAndInvalidated() {
        cli.ok("export", "--format", "prov", "--out", "prov.jsonld", "--ledger", "news");
        Model model = read("prov.jsonld");
        String source = LEDGER + "/source/" + SeededLedger.shared().sourceId();
        assertEquals("19", one(model, "SELECT (COUNT(?v) AS ?n) WHERE { ?v a prov:Entity ; prov:wasDerivedFrom <"
                + source + "> ; prov:specializationOf ?claim }"), "17 first versions and 2 corrections");
        assertEquals("giulia.rossi", one(model, "SELECT ?name WHERE { <" + LEDGER + "/entry/8> prov:wasAttributedTo ?a . "
                + "?a a prov:Agent ; rdfs:label ?name }"));
        assertEquals("the report counts shells only", one(model, "SELECT ?why WHERE { ?v prov:wasRevisionOf <" + LEDGER
                + "/entry/8> ; prov:wasGeneratedBy ?act . ?act rdfs:comment ?why }"));
        assertEquals("2025-06-01T09:00:00.000Z", one(model, "SELECT ?t WHERE { <" + LEDGER
                + "/entry/3> prov:wasGeneratedBy ?act . ?act prov:endedAtTime ?t }"));
        assertEquals("said in 2023, not at this meeting", one(model, "SELECT ?why WHERE { <" + LEDGER
                + "/entry/15> prov:wasInvalidatedBy ?act . ?act rdfs:comment ?why }"));
        assertEquals("0", one(model, "SELECT (COUNT(?v) AS ?n) WHERE { ?v prov:wasInvalidatedBy ?act . FILTER(?v != <"
                + LEDGER + "/entry/15>) }"), "only the retracted claim is invalidated");
    }

    @Test
    void schemaOrg_readsAsRdf_withTheClaimsNotRetracted_theirAppearanceAndAuthor() {
        cli.ok("export", "--format", "schema-org", "--out", "claims.jsonld", "--ledger", "news");
        Model model = read("claims.jsonld");
        assertEquals("16", one(model, "SELECT (COUNT(?c) AS ?n) WHERE { ?c a s:Claim }"), "17 claims, one retracted");
        assertEquals("0", one(model, "SELECT (COUNT(?c) AS ?n) WHERE { <" + LEDGER + "/claim/15> ?p ?o }"));
        assertEquals("Russia e Corea del Nord", one(model, "SELECT ?h WHERE { <" + LEDGER + "/claim/3> s:appearance ?a ; "
                + "s:firstAppearance ?a . ?a a s:NewsArticle ; s:headline ?h }"));
        assertEquals("Organization Multilateral Sanctions Monitoring Team (MSMT) 2025-06-01", one(model,
                "SELECT (CONCAT(STRAFTER(STR(?type), 'https://schema.org/'), ' ', ?who, ' ', ?date) AS ?x) WHERE { <"
                        + LEDGER + "/claim/3> s:author ?author ; s:datePublished ?date . ?author a ?type ; s:name ?who }"));
    }

    @Test
    void anExistingFile_isRefused_andLeftAsItWas() throws IOException {
        Files.writeString(dir.resolve("mine.csv"), "mine\n");
        Cli.Result refused = cli.run("export", "--format", "csv", "--out", "mine.csv", "--ledger", "news");
        assertEquals(14, refused.code(), refused.toString());
        assertTrue(refused.err().contains("mine.csv exists already; export into a new file"), refused.err());
        assertEquals("mine\n", Files.readString(dir.resolve("mine.csv")));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().contains("partial")), "no staging left");
        }
        Cli.Result unknown = cli.run("export", "--format", "xml", "--out", "claims.xml", "--ledger", "news");
        assertEquals(2, unknown.code(), unknown.toString());
        assertTrue(unknown.err().contains("--format must be one of bundle, csv, prov, schema-org; got 'xml'"),
                unknown.err());
        assertFalse(Files.exists(dir.resolve("claims.xml")));
    }

    private Model read(String file) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(dir.resolve(file)).lang(Lang.JSONLD).parse(model);
        return model;
    }

    /** The single value of a one-column, one-row SELECT. */
    private static String one(Model model, String select) {
        try (QueryExecution query = QueryExecution.model(model).query(PREFIXES + select).build()) {
            ResultSet results = query.execSelect();
            List<String> values = new ArrayList<>();
            while (results.hasNext()) {
                QuerySolution solution = results.next();
                String variable = results.getResultVars().get(0);
                values.add(solution.get(variable).isLiteral() ? solution.getLiteral(variable).getLexicalForm()
                        : solution.get(variable).toString());
            }
            assertEquals(1, values.size(), select + " gave " + values);
            return values.get(0);
        }
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String claim) {
        return rows.stream().filter(row -> row.get("claim").equals(claim)).findFirst().orElseThrow();
    }

    /** Parses RFC 4180 (quoted fields may hold commas, doubled quotes and line breaks) into rows keyed by the header. */
    private static List<Map<String, String>> rows(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> values : records.subList(1, records.size())) {
            assertEquals(header.size(), values.size(), "every row has the header's columns: " + values);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), values.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
