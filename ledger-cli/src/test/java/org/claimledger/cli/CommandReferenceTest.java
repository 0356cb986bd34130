package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/cli.md is the commands' help as the code has it now; the failure message says how to regenerate it. */
class CommandReferenceTest {
    private static final Path REFERENCE = Path.of("..", "docs", "cli.md").toAbsolutePath().normalize();

    @Test
    void docsCliMd_matchesEveryCommandsHelp() throws IOException {
        String generated = CommandReference.markdown(CommandReference.tree());
        if (Boolean.getBoolean("claimledger.regenerateDocs")) {
            Files.createDirectories(REFERENCE.getParent());
            Files.writeString(REFERENCE, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(REFERENCE) ? Files.readString(REFERENCE, StandardCharsets.UTF_8) : "";
        assertEquals(generated, committed, "docs/cli.md is out of date with the commands' help; regenerate it from the "
                + "repository's root with\n    " + CommandReference.REGENERATE + "\nand commit it");
    }
}
