package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How README.md is read as a script (ReadmeScriptIT runs it), and what its first blocks must stay. */
class ReadmeScriptTest {
    private static final String SAMPLE = String.join("\n",
            "# Title",
            "```",
            "echo one   # a comment",
            "# a comment line",
            "",
            "printf '%s\\n' a \\",
            "    b",
            "false  # exit 1: said so",
            "```",
            "<!-- not run: it would take an hour -->",
            "```text",
            "sleep 3600",
            "```",
            "");

    @TempDir
    Path dir;

    @Test
    void parse_readsCommandsWithTheirLinesAndExpectedExits_andSkipsOnlyMarkedBlocks() {
        ReadmeScript script = ReadmeScript.parse(SAMPLE, "R.md");
        assertEquals(2, script.blocks().size());
        assertTrue(script.blocks().get(0).run());
        assertFalse(script.blocks().get(1).run());
        assertEquals("it would take an hour", script.blocks().get(1).notRunBecause());
        assertEquals(List.of(
                new ReadmeScript.Command(3, "echo one   # a comment", 0),
                new ReadmeScript.Command(6, "printf '%s\\n' a \\\n    b", 0),
                new ReadmeScript.Command(8, "false  # exit 1: said so", 1)), script.commands());
    }

    @Test
    void parse_refusesABlockThatIsNeverClosed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReadmeScript.parse("text\n```\nls\n", "R.md"));
        assertEquals("R.md:2: this code block is never closed", e.getMessage());
    }

    @Test
    void bash_passesWhenEveryCommandEndsAsWritten() throws Exception {
        Run run = bash(SAMPLE);
        assertEquals(0, run.code(), run.output());
        assertTrue(run.output().contains(">>> R.md:6: printf '%s\\n' a \\\n    b\na\nb\n"), run.output());
        assertFalse(run.output().contains("3600"), "a block marked not run is not run: " + run.output());
    }

    @Test
    void bash_stopsAtTheFirstCommandWhoseExitDiffers_namingItsLine() throws Exception {
        Run unexpectedFailure = bash("```\ntrue\nls no-such-file\necho after\n```\n");
        assertEquals(99, unexpectedFailure.code(), unexpectedFailure.output());
        assertTrue(unexpectedFailure.output().contains("!!! R.md:3: exit 2, expected 0"), unexpectedFailure.output());
        assertFalse(unexpectedFailure.output().contains("after\n"), unexpectedFailure.output());

        Run unexpectedSuccess = bash("```\ntrue  # exit 1\n```\n");
        assertEquals(99, unexpectedSuccess.code(), unexpectedSuccess.output());
        assertTrue(unexpectedSuccess.output().contains("!!! R.md:2: exit 0, expected 1"), unexpectedSuccess.output());

        Run failedPipe = bash("```\nfalse | cat\n```\n");
        assertEquals(99, failedPipe.code(), "a failure inside a pipe counts: " + failedPipe.output());
    }

    @Test
    void readme_opensWithTheDemo_thenTheTestCommandThatRunsThisScript() throws IOException {
        Path readme = Path.of("..", "README.md");
        ReadmeScript script = ReadmeScript.parse(Files.readString(readme, StandardCharsets.UTF_8), "README.md");
        ReadmeScript.Block demo = script.blocks().get(0);
        assertTrue(demo.run());
        assertEquals("./claimledger demo", demo.commands().get(0).text().replaceAll("\\s*#.*", ""));
        ReadmeScript.Block build = script.blocks().get(1);
        assertFalse(build.run(), "mvn -B verify runs ReadmeScriptIT: running it from there would never end");
        assertEquals("mvn -B verify", build.commands().get(0).text().replaceAll("\\s*#.*", ""));
        long notRun = script.blocks().stream().filter(block -> !block.run()).count();
        assertEquals(1, notRun, "a README block that is not run is an exception: say why, and keep it rare");
    }

    private record Run(int code, String output) {
    }

    private Run bash(String markdown) throws Exception {
        Path script = Files.writeString(dir.resolve("script.sh"), ReadmeScript.parse(markdown, "R.md").bash());
        Process process = new ProcessBuilder("bash", script.toString()).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return new Run(process.exitValue(), output);
    }
}
