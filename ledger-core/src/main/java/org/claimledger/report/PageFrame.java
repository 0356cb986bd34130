package org.claimledger.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.claimledger.crypto.Sha256;

/**
 * The head and foot every page shares. The stylesheet is inline, so a page opened on its own, offline, looks the
 * same; the Content-Security-Policy allows that one stylesheet (by its hash) and nothing else: no script, no image,
 * font, frame or connection, so even text that escaped escaping could neither run nor reach the network.
 */
final class PageFrame {
    /** The layout's version (SPEC.md §17), in every page's head: what scripts reading the pages may rely on. */
    static final String VERSION = "1";
    static final String STYLESHEET = stylesheet();
    static final String POLICY = "default-src 'none'; style-src 'sha256-"
            + Base64.getEncoder().encodeToString(Sha256.hash(STYLESHEET.getBytes(StandardCharsets.UTF_8)))
            + "'; img-src data:; base-uri 'none'; form-action 'none'";

    private PageFrame() {
    }

    /** Opens the page: title (escaped), a skip link to the main content, and the top bar's markup from the caller. */
    static void open(Markup out, String title, String skipTo) {
        out.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").raw(POLICY).raw("\">")
                .raw("<meta name=\"referrer\" content=\"no-referrer\">")
                .raw("<meta name=\"claimledger-report\" content=\"").raw(VERSION).raw("\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<link rel=\"icon\" href=\"data:,\">")
                .raw("<title>").text(title).raw("</title><style>").raw(STYLESHEET).raw("</style></head><body>")
                .raw("<a class=\"skip\" href=\"#").raw(skipTo).raw("\">Skip to the content</a>");
    }

    static void close(Markup out, String generated) {
        out.raw("<footer><p>Written by <code>claimledger report</code> ").text(generated)
                .raw(". The report shows the ledger as stored and what verify found in it; the ledger itself, not this "
                        + "page, is the record.</p></footer></body></html>\n");
    }

    private static String stylesheet() {
        try (InputStream in = PageFrame.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
