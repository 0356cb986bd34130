package org.claimledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What every command gets from outside: its streams, environment, clock, working directory and passphrase prompt,
 * whether a person watches stderr on a terminal (progress bars are drawn only then), and whether one reads stdout on
 * a terminal (where bold and underline can mark text).
 */
public record CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, Path workingDirectory,
        PassphrasePrompt prompt, boolean stderrIsTerminal, boolean stdoutIsTerminal) {

    /** A context with no terminal: no progress bars, no styled text. */
    public CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, Path workingDirectory,
            PassphrasePrompt prompt) {
        this(out, err, env, clock, workingDirectory, prompt, false, false);
    }

    /** True when text may be styled with terminal escapes: stdout is a terminal and $NO_COLOR is not set. */
    public boolean styled() {
        return stdoutIsTerminal && env("NO_COLOR") == null && !"dumb".equals(env("TERM"));
    }

    public String env(String name) {
        String value = env.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** Resolves a path the user typed against the working directory. */
    public Path path(String typed) {
        return workingDirectory.resolve(typed).normalize();
    }
}
