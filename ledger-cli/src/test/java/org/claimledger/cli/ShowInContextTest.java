package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** show prints a claim in its source, so an editor sees what was signed without reading byte offsets. */
class ShowInContextTest {
    @TempDir
    static Path dir;

    static Cli cli;

    @BeforeAll
    static void seed() {
        cli = new Cli(dir);
        cli.seedLedger();
    }

    private static List<String> context(Cli.Result shown) {
        List<String> lines = shown.out().lines().toList();
        return lines.subList(lines.indexOf(lines.stream().filter(l -> l.startsWith("context ")).findFirst().orElseThrow()),
                lines.indexOf("body"));
    }

    @Test
    void show_ofAClaim_marksQuoteFiguresAndAttribution_withBracketsWhenNotOnATerminal() {
        Cli.Result shown = cli.ok("show", "8", "--ledger", "news");
        assertTrue(shown.out().contains("\nsource  4d76809f3967 \"Russia e Corea del Nord\" (it), registered by entry 2\n"),
                shown.out());
        List<String> context = context(shown);
        assertEquals("context quote in << >>, figures in [[ ]], attribution in {{ }}", context.get(0));
        assertEquals(2, context.size(), context.toString());
        assertTrue(context.get(1).startsWith("    Citando informazioni di intelligence provenienti dai membri dell'MSMT, "
                + "{{nel report si legge}} che la Russia"), context.get(1));
        assertTrue(context.get(1).contains(" Per il resto, <<Putin avrebbe spedito a Kim [[9 milioni]] di colpi di "
                + "artiglieria e munizioni nel 2024>>; più di 11.000 soldati"), context.get(1));
        assertFalse(shown.out().contains("\u001b["), "no escape codes off a terminal");
    }

    @Test
    void show_onATerminal_usesBoldAndUnderline_unlessNoColorIsSet() {
        Cli terminal = new Cli(dir).stdoutIsTerminal(true);
        List<String> styled = context(terminal.ok("show", "8", "--ledger", "news"));
        assertEquals("context quote in bold, figures bold and underlined, attribution underlined", styled.get(0));
        assertTrue(styled.get(1).contains("\u001b[0m\u001b[4mnel report si legge\u001b[0m"), styled.get(1));
        assertTrue(styled.get(1).contains("\u001b[0m\u001b[1mPutin avrebbe spedito a Kim \u001b[0m\u001b[1;4m9 milioni"
                + "\u001b[0m\u001b[1m di colpi"), styled.get(1));

        List<String> plain = context(terminal.env("NO_COLOR", "1").ok("show", "8", "--ledger", "news"));
        assertEquals("context quote in << >>, figures in [[ ]], attribution in {{ }}", plain.get(0));
    }

    @Test
    void show_ofAnEntryThatIsNotAClaim_hasNoContext() {
        assertFalse(cli.ok("show", "2", "--ledger", "news").out().contains("\ncontext "));
    }
}
