package org.claimledger.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.model.SourceEncodingException;
import org.claimledger.model.SourceText;

/** One auditor's run: the ledger check, then trust (a trusted key or the first-use pin), then a source file if given. */
public final class Audit {
    /**
     * What the auditor brings: trusted keys (or null to use pins), the pin directory, and optionally a copy of a
     * source to compare, with the id of the source it copies when the auditor knows it.
     */
    public record Request(TrustedKeys trusted, PinStore pins, Path sourceFile, String sourceId) {
    }

    private Audit() {
    }

    public static VerifyReport run(LedgerFeed feed, Request request) throws LedgerException {
        SourceText copy = request.sourceFile() == null ? null : readSource(request.sourceFile());
        VerifyReport report = Verifier.verify(feed);
        if (request.trusted() != null) {
            TrustCheck.against(report, request.trusted());
        } else if (request.pins() != null) {
            TrustCheck.againstPin(report, request.pins());
        }
        if (copy != null) {
            SourceFileCheck.check(feed, copy, request.sourceFile().toString(), request.sourceId(), report);
        }
        return report;
    }

    /** Reads a source file strictly as UTF-8 and normalizes it; names the byte at fault when it is not text. */
    public static SourceText readSource(Path file) throws LedgerException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, "source file " + file + " does not exist; check the path");
        } catch (IOException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, "source file " + file + " cannot be read: " + e.getMessage());
        }
        try {
            return SourceText.fromFileBytes(bytes);
        } catch (SourceEncodingException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, file + ": " + e.getMessage()
                    + "; convert the file to UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8)");
        }
    }
}
