package org.claimledger.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.claimledger.entry.EntryTime;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.files.StagedDirectory;
import org.claimledger.ledger.ClaimHistory;
import org.claimledger.note.VerifierKey;
import org.claimledger.verify.Audit;
import org.claimledger.verify.LedgerFeed;
import org.claimledger.verify.TrustCheck;
import org.claimledger.verify.VerifyReport;
import org.claimledger.verify.WitnessKeys;

/**
 * The audit report: a static site (index.html, and one page per source under sources/) showing what a ledger holds
 * and what verify found in it, written from a database or a bundle alike. The folder is written under a temporary
 * name and renamed into place when complete, like an export.
 */
public final class Report {
    /** The keys the reader trusts and where they came from ("newsroom.vkey"); null keys when none were given. */
    public record Trust(List<VerifierKey> keys, String from, WitnessKeys witnesses) {
        public Trust(List<VerifierKey> keys, String from) {
            this(keys, from, null);
        }

        public static Trust none() {
            return new Trust(null, null);
        }
    }

    /** What was written: the folder, its index, how many pages and bytes, and what verify said. */
    public record Written(Path directory, Path index, int pages, long bytes, long largestPage, String origin,
            long entries, int sources, int claims, int findings) {
    }

    private Report() {
    }

    /**
     * Reads the feed, verifies it (holding it to the trusted keys, when given), and writes the site into a new or
     * empty folder; CONFLICT when the folder holds anything.
     */
    public static Written write(LedgerFeed feed, Trust trust, Path directory, Instant now) throws LedgerException {
        requireNewOrEmpty(directory);
        LedgerContents contents = LedgerContents.read(feed);
        VerifyReport verified = Audit.run(feed, new Audit.Request(null, null, null, null, null, null, trust.witnesses()));
        if (trust.keys() != null) {
            TrustCheck.against(verified, trust.keys(), trust.from());
        }
        FindingPlaces places = new FindingPlaces(verified.findings(), contents);
        String generated = "at " + EntryTime.format(now);
        try (StagedDirectory staged = StagedDirectory.beside(directory)) {
            Path root = staged.path();
            Files.createDirectories(root.resolve("sources"));
            long bytes = 0;
            long largest = 0;
            int pages = 0;
            for (LedgerContents.Source source : contents.sources()) {
                String id = source.record().id();
                List<ClaimHistory> claims = contents.claimsOn(id);
                String page = new SourcePage(source, claims, places, contents.origin()).write(feed.sourceText(id), generated);
                long size = writePage(root.resolve(SourcePage.fileName(id)), page);
                bytes += size;
                largest = Math.max(largest, size);
                pages++;
            }
            String index = new IndexPage(contents, verified, places, trust.from(), trust.witnesses() != null, now).write(generated);
            long size = writePage(root.resolve("index.html"), index);
            Path committed = staged.commit();
            return new Written(committed, committed.resolve("index.html"), pages + 1, bytes + size,
                    Math.max(largest, size), contents.origin(), contents.entries(), contents.sources().size(),
                    contents.claims().size(), verified.findings().size());
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "cannot write the report to " + directory + ": " + e.getMessage()
                    + "; nothing was written", e);
        }
    }

    private static long writePage(Path file, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }

    private static void requireNewOrEmpty(Path directory) throws LedgerException {
        try {
            if (!StagedDirectory.isNewOrEmpty(directory)) {
                throw new LedgerException(Failure.CONFLICT, directory + " is not empty; write the report into a new "
                        + "directory");
            }
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, directory + " is not a directory we can write to: " + e.getMessage());
        }
    }
}
