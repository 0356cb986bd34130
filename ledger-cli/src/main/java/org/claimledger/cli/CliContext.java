package org.claimledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What every command gets from outside: its streams, environment, clock, working directory and passphrase prompt,
 * and whether a person watches stderr on a terminal (progress bars are drawn only then).
 */
public record CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, Path workingDirectory,
        PassphrasePrompt prompt, boolean stderrIsTerminal) {

    /** A context whose stderr is not a terminal: no progress bars. */
    public CliContext(PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock, Path workingDirectory,
            PassphrasePrompt prompt) {
        this(out, err, env, clock, workingDirectory, prompt, false);
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
