package org.claimledger.report;

import java.util.List;

import org.claimledger.verify.Finding;

/** Verify's findings as the report shows them: a red box with a text label, the entry, the kind, the field, both values. */
final class FindingList {
    private FindingList() {
    }

    static void write(Markup out, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.raw("<ul class=\"findings\">");
        for (Finding finding : findings) {
            item(out, finding);
        }
        out.raw("</ul>");
    }

    static void item(Markup out, Finding finding) {
        out.raw("<li class=\"finding\" data-kind=\"").text(finding.kind().code()).raw("\"");
        if (finding.seq() != null) {
            out.raw(" data-entry=\"").text(finding.seq()).raw("\"");
        }
        out.raw(" data-field=\"").text(nullToEmpty(finding.field())).raw("\">");
        out.raw("<span class=\"label bad\">Finding</span> <code>").text(finding.kind().code()).raw("</code>");
        if (finding.seq() != null) {
            out.raw(" in entry ").text(finding.seq());
        }
        if (finding.field() != null && !finding.field().isEmpty()) {
            out.raw(", field <code class=\"v\">").text(finding.field()).raw("</code>");
        }
        out.raw(": <span class=\"v\">").text(nullToEmpty(finding.message())).raw("</span>");
        if (finding.expected() != null || finding.actual() != null) {
            out.raw("<dl class=\"values\"><dt>expected</dt><dd class=\"v expected\">").text(shown(finding.expected()))
                    .raw("</dd><dt>found</dt><dd class=\"v actual\">").text(shown(finding.actual())).raw("</dd></dl>");
        }
        out.raw("</li>");
    }

    private static String shown(String value) {
        return value == null ? "(none)" : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
