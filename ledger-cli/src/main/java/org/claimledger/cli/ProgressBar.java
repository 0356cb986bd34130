package org.claimledger.cli;

import java.io.PrintWriter;
import java.util.function.LongConsumer;

/** A one-line progress bar on stderr, redrawn in place; used only when a person is watching a terminal. */
final class ProgressBar implements LongConsumer {
    /** Set by the launchers from their own check of stderr ([ -t 2 ]), which the JVM cannot make by itself. */
    static final String TERMINAL_PROPERTY = "claimledger.stderr.terminal";
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private long drawn = -1;

    private ProgressBar(PrintWriter err, String label, long total) {
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
    }

    /** A bar when stderr is a terminal, else nothing. */
    static LongConsumer on(CliContext context, String label, long total) {
        return context.stderrIsTerminal() ? new ProgressBar(context.err(), label, total) : done -> { };
    }

    /**
     * Whether stderr is a terminal: as the launcher says, else (java -jar run directly) when the JVM has a console,
     * that is when stdin and stdout are terminals.
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty(TERMINAL_PROPERTY);
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    /** Redraws when the shown percentage changes, so a job that reports often does not flood the terminal. */
    @Override
    public void accept(long done) {
        long percent = Math.min(100, done * 100 / total);
        if (percent == drawn && done < total) {
            return;
        }
        drawn = percent;
        int filled = (int) Math.min(WIDTH, done * WIDTH / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        if (done >= total) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 30) + "\r");
        }
        err.flush();
    }
}
