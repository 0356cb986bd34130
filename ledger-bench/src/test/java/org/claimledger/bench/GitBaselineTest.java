package org.claimledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline's repository is what git itself checks: every commit's SSH signature reads back as good. */
class GitBaselineTest {
    @TempDir
    Path directory;

    @Test
    void writtenCommits_areCheckedByGit_asGoodSignatures() throws Exception {
        assumeTrue(onPath("git") && onPath("ssh-keygen"), "git and ssh-keygen are needed to check the baseline");
        Path repository = directory.resolve("git");
        List<String> commits = GitBaseline.writeRepository(repository, 3, Ed25519PrivateKey.generate(new SecureRandom()));

        assertEquals(3, commits.size());
        assertEquals("G\nG\nG", git(repository, "log", "--format=%G?"));
        assertEquals(commits.get(2), git(repository, "rev-parse", "main"));
        assertEquals("claims/d00000/0000002.json", git(repository, "show", "--format=", "--name-only", "main"));
        // git fsck finds every object well formed and reachable.
        git(repository, "fsck", "--strict", "--no-dangling");
    }

    @Test
    void aCommitSignedByAnotherKey_isNotGood() throws Exception {
        assumeTrue(onPath("git") && onPath("ssh-keygen"), "git and ssh-keygen are needed to check the baseline");
        Path repository = directory.resolve("git");
        GitBaseline.writeRepository(repository, 2, Ed25519PrivateKey.generate(new SecureRandom()));
        Path other = directory.resolve("other");
        GitBaseline.writeRepository(other, 1, Ed25519PrivateKey.generate(new SecureRandom()));
        // The repository now trusts only the other key: its own commits no longer check as good.
        Files.copy(other.resolve(".git/allowed_signers"), repository.resolve(".git/allowed_signers"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0, git(repository, "log", "--format=%G?").chars().filter(c -> c == 'G').count());
    }

    @Test
    void run_withMoreClaimsThanTheSeed_verifiesTheLedgerAndChecksEveryCommit() throws Exception {
        assumeTrue(onPath("git") && onPath("ssh-keygen"), "git and ssh-keygen are needed to check the baseline");
        // 40 claims repeat the seed's 17: the run fails if the ledger refuses them or verify does not exit 0.
        Path root = Path.of(System.getProperty("claimledger.root", ".."));
        Child child = new Child(Child.launcherOptions(root.resolve("ledger-cli/src/dist/conf/jvm.options")),
                System.getProperty("java.class.path"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Report report = new Report(new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));

        JsonNode baseline = new GitBaseline(child, report, 1).run(40, directory.resolve("baseline"));

        assertEquals(40, baseline.path("claims").asInt());
        assertEquals(43, baseline.path("ledger_entries").asInt(), "genesis, enrolment, source and 40 claims");
        assertTrue(baseline.path("claimledger_verify_seconds").asDouble() > 0, baseline.toString());
        assertTrue(baseline.path("git_log_G_seconds").asDouble() > 0, baseline.toString());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("claimledger verify of 40 claims (43 entries)"),
                printed.toString(StandardCharsets.UTF_8));
        assertTrue(baseline.path("load_average").asText().matches("[0-9.]+ [0-9.]+ [0-9.]+|unknown"), baseline.toString());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("; load average "),
                printed.toString(StandardCharsets.UTF_8));
    }

    private static String git(Path repository, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + out);
        return out;
    }

    private static boolean onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }
}
