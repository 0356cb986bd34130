package org.claimledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Programs of this machine that the launcher tests put on the narrow PATH they run with. */
final class Executables {
    private Executables() {
    }

    static Path onPath(String tool) {
        for (String directory : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(directory, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(tool + " is not on this machine's PATH");
    }
}
