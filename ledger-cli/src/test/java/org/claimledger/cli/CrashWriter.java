package org.claimledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.claimledger.claims.ClaimDraft;
import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.ClaimBody;
import org.claimledger.entry.EntryType;
import org.claimledger.ledger.Ledger;
import org.claimledger.model.Claim;
import org.claimledger.model.Qualifier;
import org.claimledger.claims.ClaimResolver;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.claimledger.store.LedgerLocation;

/**
 * Run in a separate JVM by CrashTest: appends batches of claims, one transaction per batch, printing the
 * ledger size after each commit, until it is killed.
 */
public final class CrashWriter {
    static final int BATCH = 200;

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        NamedKey editor = KeyFile.read(dir.resolve("giulia.key")).unlock(Cli.PASSPHRASE.toCharArray());
        SourceText source = SourceText.fromString(Files.readString(dir.resolve("article.txt")));
        Claim claim = new ClaimResolver(source, Language.IT).resolve(new ClaimDraft("", "più di 11.000 soldati", null,
                null, null, List.of(new ClaimDraft.FigureDraft("/f", "11.000", "11000", null, "soldati",
                        Qualifier.MORE_THAN, null, null, null)), null));
        try (Ledger ledger = Ledger.open(LedgerLocation.of(dir.resolve("news").toString()), Clock.systemUTC())) {
            while (true) {
                long size = ledger.store().append(appender -> {
                    for (int i = 0; i < BATCH; i++) {
                        appender.append(EntryType.CLAIM, ClaimBody.toJson(claim), editor.key(),
                                Clock.systemUTC().instant(), appender.size());
                    }
                    return appender.size();
                });
                System.out.println(size);
                System.out.flush();
            }
        }
    }
}
