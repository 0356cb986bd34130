package org.claimledger.cli;

import java.io.PrintWriter;
import java.util.function.LongConsumer;

/** A one-line progress bar on stderr, redrawn in place; used only when a person is watching a terminal. */
final class ProgressBar implements LongConsumer {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final long total;

    private ProgressBar(PrintWriter err, String label, long total) {
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
    }

    /** A bar when stdin and stdout are a terminal (the JVM cannot ask about stderr alone), else nothing. */
    static LongConsumer on(CliContext context, String label, long total) {
        return System.console() == null ? done -> { } : new ProgressBar(context.err(), label, total);
    }

    @Override
    public void accept(long done) {
        int filled = (int) Math.min(WIDTH, done * WIDTH / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        if (done >= total) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 30) + "\r");
        }
        err.flush();
    }
}
