package org.claimledger.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.claimledger.ledger.ClaimHistory;
import org.claimledger.model.Attribution;
import org.claimledger.model.Claim;
import org.claimledger.model.Figure;
import org.claimledger.model.SourceRecord;
import org.claimledger.report.LedgerContents;

/**
 * The claims as CSV (RFC 4180, UTF-8, CRLF line ends, a header row): one row per claim with its current version and
 * status, and five columns per figure for as many figures as the claim with the most has. A cell that a spreadsheet
 * would run as a formula (one starting with =, +, -, @, tab or CR that is not a plain number) is written with a
 * leading apostrophe, so opening the file runs nothing a hostile claim put there.
 */
final class ClaimCsv {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final List<String> LEADING = List.of("source", "source_title", "claim", "entry", "status", "quote",
            "quote_start", "quote_end", "statement");
    private static final List<String> FIGURE = List.of("text", "value", "upper", "unit", "qualifier", "period");
    private static final List<String> TRAILING = List.of("attribution_who", "attribution_kind", "attribution_cue",
            "signer", "signer_key", "time");

    private ClaimCsv() {
    }

    /** Writes every readable claim in ledger order; returns how many rows. */
    static int write(LedgerContents contents, Writer out) throws IOException {
        int figures = 1;
        for (ClaimHistory claim : contents.claims()) {
            figures = Math.max(figures, claim.current().claim().figures().size());
        }
        List<String> header = new ArrayList<>(LEADING);
        for (int i = 1; i <= figures; i++) {
            for (String column : FIGURE) {
                header.add("figure" + i + "_" + column);
            }
        }
        header.addAll(TRAILING);
        row(out, header);
        int rows = 0;
        for (ClaimHistory claim : contents.claims()) {
            ClaimHistory.Step current = claim.current();
            Claim version = current.claim();
            LedgerContents.Source source = contents.source(version.sourceId());
            SourceRecord record = source == null ? null : source.record();
            List<String> cells = new ArrayList<>();
            cells.add(version.sourceId());
            cells.add(record == null ? null : record.title());
            cells.add(Long.toString(claim.claimId()));
            cells.add(Long.toString(current.entry().seq()));
            cells.add(claim.retracted() ? "retracted" : claim.versions() > 1 ? "corrected" : "current");
            cells.add(version.quote().text());
            cells.add(Long.toString(version.quote().span().start()));
            cells.add(Long.toString(version.quote().span().end()));
            cells.add(version.statement());
            for (int i = 0; i < figures; i++) {
                Figure figure = i < version.figures().size() ? version.figures().get(i) : null;
                cells.add(figure == null ? null : figure.text());
                cells.add(figure == null ? null : figure.value());
                cells.add(figure == null ? null : figure.upper());
                cells.add(figure == null ? null : figure.unit());
                cells.add(figure == null ? null : figure.qualifier().code());
                cells.add(figure == null ? null : figure.period());
            }
            Attribution attribution = version.attribution();
            cells.add(attribution == null ? null : attribution.who());
            cells.add(attribution == null ? null : attribution.kind().code());
            cells.add(attribution == null ? null : attribution.cue());
            cells.add(current.signerName());
            cells.add(current.signer());
            cells.add(current.entry().time());
            row(out, cells);
            rows++;
        }
        return rows;
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One field: empty for none; quoted when it holds a comma, quote, CR or LF; defused when it could be a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
