package org.claimledger.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.DeflaterOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.store.LedgerLocation;

/**
 * The baseline a newsroom would otherwise use: a git repository with one SSH-signed commit per claim (an Ed25519
 * key, git's {@code gpg.format=ssh}), checked by git's fastest honest check, {@code git log --format=%G?} against
 * an allowed-signers file, its commits split into one range per core and the ranges checked at once. Beside it,
 * {@code claimledger verify} of a ledger holding the same claims, as a user runs it (its own process, the
 * checkout's ./claimledger when the harness has one). Both are timed end to end, the median of a few runs each, in
 * the same run of the harness.
 *
 * <p>The commits are written as loose objects here rather than by {@code git commit -S}, which would start a
 * signing process per claim: each is an ordinary commit object with an SSHSIG signature (the format ssh-keygen
 * writes, namespace "git", SHA-512) in its gpgsig header. Every one must read back as "G" (good) or the run fails.
 */
final class GitBaseline {
    private static final String NAMESPACE = "git";
    private static final String IDENTITY = "ClaimLedger Bench <bench@claimledger.example>";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Child child;
    private final Report report;
    private final int runs;

    GitBaseline(Child child, Report report, int runs) {
        this.child = child;
        this.report = report;
        this.runs = runs;
    }

    ObjectNode run(int claims, Path directory) throws Exception {
        report.heading("git baseline, " + String.format("%,d", claims) + " claims (median of " + runs + " runs each)");
        Files.createDirectories(directory);
        // The claims repeat the seed's 17 as the git repository's commits do (there each copy differs only by
        // its number), so they are signed with duplicates allowed on purpose: sign refuses them otherwise.
        BenchLedger built = BenchLedger.create(directory.resolve("ledger"), Seed.article(), "bench",
                (ledger, editor, sourceId) -> ledger.sign(editor,
                        ClaimsFile.of(Seed.claimsFile(claims), "bench-claims.json"), null, true, done -> { }));
        LedgerLocation location = built.location();
        NamedKey editor = built.editor();
        long entries = built.entries();
        Path trust = built.writeTrust(directory.resolve("newsroom.vkey"));
        Map<String, String> environment = BenchLedger.environment(directory);
        double ledgerSeconds = median(() -> {
            Child.Result result = child.run(directory, environment, List.of(), "verify", "--ledger",
                    location.display(), "--trust", trust.toString());
            if (result.exitCode() != 0) {
                throw new IllegalStateException("verify of the baseline ledger exited " + result.exitCode() + ": "
                        + result.err().strip());
            }
            return result.seconds();
        });

        Path repository = directory.resolve("git");
        List<String> commits = writeRepository(repository, claims, editor.key());
        int cores = Runtime.getRuntime().availableProcessors();
        double gitSeconds = median(() -> gitCheck(repository, commits, cores));

        ObjectNode baseline = MAPPER.createObjectNode();
        baseline.put("claims", claims);
        baseline.put("ledger_entries", entries);
        baseline.put("claimledger_verify_seconds", EndToEnd.ratio(ledgerSeconds));
        baseline.put("git_log_G_seconds", EndToEnd.ratio(gitSeconds));
        baseline.put("git_processes", cores);
        baseline.put("claimledger_over_git_speed", EndToEnd.round(gitSeconds / ledgerSeconds));
        String load = Harness.loadAverage();
        baseline.put("load_average", load);
        report.line(String.format("claimledger verify of %,d claims (%,d entries): %.2f s; git log --format=%%G? of the "
                + "same %,d SSH-signed commits, %d ranges at once: %.2f s; claimledger is %.1f x faster (target >= 20); "
                + "load average %s", claims, entries, ledgerSeconds, claims, cores, gitSeconds, gitSeconds / ledgerSeconds,
                load));
        return baseline;
    }

    /** Checks every commit's signature, one git process per range of commits, all at once; the wall time. */
    private static double gitCheck(Path repository, List<String> commits, int processes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(processes);
        try {
            long start = System.nanoTime();
            List<Future<String>> outputs = new ArrayList<>();
            int per = (commits.size() + processes - 1) / processes;
            for (int from = 0; from < commits.size(); from += per) {
                int to = Math.min(commits.size(), from + per);
                List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString(), "log",
                        "--format=%G?", commits.get(to - 1)));
                if (from > 0) {
                    command.add("^" + commits.get(from - 1));
                }
                outputs.add(pool.submit(() -> output(command)));
            }
            long good = 0;
            for (Future<String> output : outputs) {
                for (String line : output.get().split("\n")) {
                    if (!line.equals("G")) {
                        throw new IllegalStateException("git reported a signature as '" + line + "', not G (good)");
                    }
                    good++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (good != commits.size()) {
                throw new IllegalStateException("git checked " + good + " of " + commits.size() + " commits");
            }
            return seconds;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A repository whose branch main holds one signed commit per claim, claim i added as claims/dNNN/NNNNNNN.json
     * (a hundred to a folder, so no tree grows with the history); the commit ids in order.
     */
    static List<String> writeRepository(Path repository, int claims, Ed25519PrivateKey key) throws Exception {
        output(List.of("git", "init", "-q", "--initial-branch=main", repository.toString()));
        byte[] publicBlob = sshString("ssh-ed25519", key.publicKey().bytes());
        Path allowed = repository.resolve(".git/allowed_signers");
        Files.writeString(allowed, "bench@claimledger.example namespaces=\"git\" ssh-ed25519 "
                + Base64.getEncoder().encodeToString(publicBlob) + "\n", StandardCharsets.US_ASCII);
        output(List.of("git", "-C", repository.toString(), "config", "gpg.ssh.allowedSignersFile", allowed.toString()));

        JsonNode seed = MAPPER.readTree(Seed.claimsFile(Seed.claims())).get("claims");
        TreeMap<String, byte[]> top = new TreeMap<>();
        TreeMap<String, byte[]> folder = new TreeMap<>();
        List<String> commits = new ArrayList<>(claims);
        String parent = null;
        long time = 1_700_000_000L;
        for (int i = 0; i < claims; i++) {
            if (i % 100 == 0) {
                folder = new TreeMap<>();
            }
            ObjectNode claim = ((ObjectNode) seed.get(i % seed.size())).deepCopy().put("n", i);
            folder.put(String.format("%07d.json", i), write(repository, "blob", MAPPER.writeValueAsBytes(claim)));
            top.put(String.format("d%05d", i / 100), write(repository, "tree", tree("100644", folder)));
            byte[] claimsTree = write(repository, "tree", tree("40000", top));
            byte[] rootTree = write(repository, "tree", tree("40000", Map.of("claims", claimsTree)));
            String headers = "tree " + HexFormat.of().formatHex(rootTree) + "\n"
                    + (parent == null ? "" : "parent " + parent + "\n")
                    + "author " + IDENTITY + " " + (time + i) + " +0000\n"
                    + "committer " + IDENTITY + " " + (time + i) + " +0000\n";
            String message = "\nclaim " + i + "\n";
            String signature = sshSignature(key, publicBlob, (headers + message).getBytes(StandardCharsets.UTF_8));
            String commit = headers + "gpgsig " + signature.strip().replace("\n", "\n ") + "\n" + message;
            parent = HexFormat.of().formatHex(write(repository, "commit", commit.getBytes(StandardCharsets.UTF_8)));
            commits.add(parent);
        }
        Files.writeString(repository.resolve(".git/refs/heads/main"), parent + "\n", StandardCharsets.US_ASCII);
        return commits;
    }

    /** An SSHSIG signature (PROTOCOL.sshsig), armored as ssh-keygen -Y sign writes it. */
    private static String sshSignature(Ed25519PrivateKey key, byte[] publicBlob, byte[] message) throws IOException {
        byte[] hash = digest("SHA-512", message);
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        signed.write("SSHSIG".getBytes(StandardCharsets.US_ASCII));
        signed.write(sshString(NAMESPACE));
        signed.write(sshString(""));
        signed.write(sshString("sha512"));
        signed.write(sshString(hash));
        byte[] signatureBlob = sshString("ssh-ed25519", key.sign(signed.toByteArray()));
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        blob.write("SSHSIG".getBytes(StandardCharsets.US_ASCII));
        blob.write(ByteBuffer.allocate(4).putInt(1).array());
        blob.write(sshString(publicBlob));
        blob.write(sshString(NAMESPACE));
        blob.write(sshString(""));
        blob.write(sshString("sha512"));
        blob.write(sshString(signatureBlob));
        String base64 = Base64.getEncoder().encodeToString(blob.toByteArray());
        StringBuilder armored = new StringBuilder("-----BEGIN SSH SIGNATURE-----\n");
        for (int i = 0; i < base64.length(); i += 70) {
            armored.append(base64, i, Math.min(base64.length(), i + 70)).append('\n');
        }
        return armored.append("-----END SSH SIGNATURE-----\n").toString();
    }

    private static byte[] sshString(String type, byte[] value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(sshString(type));
        out.write(sshString(value));
        return out.toByteArray();
    }

    private static byte[] sshString(String text) {
        return sshString(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sshString(byte[] value) {
        return ByteBuffer.allocate(4 + value.length).putInt(value.length).put(value).array();
    }

    /** A tree of entries of one mode, named so that their order is git's. */
    private static byte[] tree(String mode, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
            out.write((mode + " " + entry.getKey() + "\0").getBytes(StandardCharsets.US_ASCII));
            out.write(entry.getValue());
        }
        return out.toByteArray();
    }

    /** Writes a loose object (zlib-compressed "type length\0content" under its SHA-1) and returns its id. */
    private static byte[] write(Path repository, String type, byte[] content) throws IOException {
        byte[] header = (type + " " + content.length + "\0").getBytes(StandardCharsets.US_ASCII);
        MessageDigest sha1 = messageDigest("SHA-1");
        sha1.update(header);
        byte[] id = sha1.digest(content);
        String hex = HexFormat.of().formatHex(id);
        Path file = repository.resolve(".git/objects").resolve(hex.substring(0, 2)).resolve(hex.substring(2));
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new DeflaterOutputStream(Files.newOutputStream(file))) {
                out.write(header);
                out.write(content);
            }
        }
        return id;
    }

    private static byte[] digest(String algorithm, byte[] message) {
        return messageDigest(algorithm).digest(message);
    }

    private static MessageDigest messageDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    /** Runs a command to its end; its standard output, or an exception naming it when it fails. */
    private static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ": "
                    + out.strip());
        }
        return out.strip();
    }

    @FunctionalInterface
    private interface Timed {
        double seconds() throws Exception;
    }

    private double median(Timed timed) throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            seconds.add(timed.seconds());
        }
        Collections.sort(seconds);
        return seconds.get(seconds.size() / 2);
    }
}
