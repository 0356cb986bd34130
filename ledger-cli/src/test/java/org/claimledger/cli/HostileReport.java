package org.claimledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Ledger texts written to break a report that forgot to escape: markup and script in a source's text, title and
 * publisher, an editor's key name, a claim's quote, statement, unit and attribution, a correction's reason. All of it
 * is signed through the real command line, so the report meets it as it would meet a hostile newsroom's ledger.
 */
final class HostileReport {
    static final String TITLE = "<script>window.__pwned = 3</script> & <b>bold</b>";
    static final String KEY_NAME = "<b>evil</b>";
    static final String STATEMENT = "</p></blockquote><script>window.__pwned = 6</script>";
    static final String UNIT = "<i>tanks</i>";
    static final String WHO = "<svg onload=window.__pwned=7>";
    static final String REASON = "<img src=x onerror=window.__pwned=8>";

    private HostileReport() {
    }

    /** Registers a hostile source quoting the given passage and signs a hostile claim on it, then corrects it. */
    static String addTo(Cli cli, String quote) {
        try {
            Files.writeString(cli.path("hostile.txt"), "Breaking & developing: " + quote
                    + " \"moved\" across the border.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cli.ok("key", "new", "--name", KEY_NAME, "--out", "evil.key");
        cli.ok("key", "enroll", "evil.key", "--ledger", "news", "--ledger-key", "ledger.key");
        String added = cli.ok("source", "add", "hostile.txt", "--lang", "en", "--title", TITLE, "--publisher",
                "<img src=x onerror=window.__pwned=4>", "--url", "javascript:window.__pwned=5", "--published", "2025-07-01",
                "--ledger", "news", "--key", "evil.key").out();
        String source = added.replaceAll("(?s).*source ([0-9a-f]{64}).*", "$1");
        long claim = Reports.parse(cli.ok("claim", "add", "--source", source, "--quote", quote, "--statement", STATEMENT,
                "--figure", "5", "--value", "5", "--unit", UNIT, "--who", WHO, "--kind", "person",
                "--attribution-text", "officials said", "--ledger", "news", "--key", "evil.key", "--json").out())
                .path("seq").asLong();
        cli.ok("claim", "correct", Long.toString(claim), "--set", "statement=<style>*{display:none}</style>",
                "--reason", REASON, "--ledger", "news", "--key", "evil.key");
        return source;
    }
}
