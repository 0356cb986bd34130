package org.claimledger.bench;

import java.io.PrintStream;

/** The harness's lines on the terminal: figures on stdout as they are measured, progress on stderr. */
final class Report {
    private final PrintStream out;
    private final PrintStream err;

    Report(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void heading(String text) {
        out.println();
        out.println("== " + text);
        out.flush();
    }

    void line(String text) {
        out.println(text);
        out.flush();
    }

    void progress(String text) {
        err.print("\r" + text + "   ");
        err.flush();
    }
}
