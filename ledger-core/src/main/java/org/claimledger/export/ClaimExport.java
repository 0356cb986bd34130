package org.claimledger.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.files.StagedFile;
import org.claimledger.ledger.ClaimHistory;
import org.claimledger.report.LedgerContents;
import org.claimledger.verify.LedgerFeed;

/**
 * Writes a ledger's claims in a format others read (CSV, PROV-O, schema.org) into one new file, staged and renamed
 * into place when complete. What is exported is what the ledger stores: 'claimledger verify' says whether to
 * believe it.
 */
public final class ClaimExport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What was written: the file, the ledger's origin, how many claims (and of them retracted) and bytes. */
    public record Written(Path file, ExportFormat format, String origin, int claims, int retracted, long bytes) {
    }

    private ClaimExport() {
    }

    /** Reads the feed once and writes the file; CONFLICT when it exists, STORAGE when it cannot be written. */
    public static Written write(LedgerFeed feed, ExportFormat format, Path file) throws LedgerException {
        if (Files.exists(file)) {
            throw exists(file);
        }
        LedgerContents contents = LedgerContents.read(feed);
        try (StagedFile staged = StagedFile.beside(file)) {
            try (Writer out = Files.newBufferedWriter(staged.path(), StandardCharsets.UTF_8)) {
                switch (format) {
                    case CSV -> ClaimCsv.write(contents, out);
                    case PROV -> MAPPER.writeValue(out, ProvGraph.of(contents));
                    case SCHEMA_ORG -> MAPPER.writeValue(out, SchemaOrgClaims.of(contents));
                }
            }
            long bytes = Files.size(staged.path());
            Path committed = staged.commit();
            int retracted = (int) contents.claims().stream().filter(ClaimHistory::retracted).count();
            return new Written(committed, format, contents.origin(), contents.claims().size(), retracted, bytes);
        } catch (FileAlreadyExistsException e) {
            throw exists(file);
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "cannot write " + file + ": " + e.getMessage()
                    + "; nothing was written", e);
        }
    }

    private static LedgerException exists(Path file) {
        return new LedgerException(Failure.CONFLICT, file + " exists already; export into a new file");
    }
}
