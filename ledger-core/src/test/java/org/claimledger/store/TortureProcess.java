package org.claimledger.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.claimledger.claims.ClaimDraft;
import org.claimledger.claims.ClaimResolver;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.entry.ClaimBody;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.model.Claim;
import org.claimledger.model.Language;
import org.claimledger.model.Qualifier;
import org.claimledger.model.SourceText;
import org.claimledger.verify.Audit;
import org.claimledger.verify.StoreFeed;
import org.claimledger.verify.VerifyReport;

/**
 * One short process of TortureTest, in its own JVM. "write LEDGER SEED_HEX SESSIONS RANDOM_SEED": that many times,
 * open the ledger, append 1 to 20 claims in one transaction (pausing between them, so that a kill lands mid-append),
 * close; after each append returns, print "entry SEQ HASH" for every entry it committed. "read LEDGER": open the
 * ledger read-only, verify it, print "clean ENTRIES" or "findings ...".
 */
public final class TortureProcess {
    static final Path ARTICLE = Path.of("..", "fixtures", "000_24432489f640e24b.txt");
    private static final LockWait WAIT = new LockWait(Duration.ofSeconds(300), message -> { });

    private TortureProcess() {
    }

    public static void main(String[] args) throws Exception {
        LedgerLocation location = LedgerLocation.of(args[1]);
        if (args[0].equals("read")) {
            try (LedgerStore store = LedgerStore.openReadOnly(location, WAIT)) {
                VerifyReport report = Audit.run(new StoreFeed(store), new Audit.Request(null, null, null, null));
                System.out.println(report.clean() ? "clean " + report.entries() : "findings " + report.findings());
            }
            return;
        }
        Ed25519PrivateKey editor = Ed25519PrivateKey.fromSeed(HexFormat.of().parseHex(args[2]));
        int sessions = Integer.parseInt(args[3]);
        Random random = new Random(Long.parseLong(args[4]));
        Claim claim = claim();
        for (int session = 0; session < sessions; session++) {
            int count = 1 + random.nextInt(20);
            try (LedgerStore store = LedgerStore.open(location, WAIT)) {
                List<Entry> committed = store.append(appender -> {
                    List<Entry> entries = new java.util.ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        entries.add(appender.append(EntryType.CLAIM, ClaimBody.toJson(claim), editor,
                                Clock.systemUTC().instant(), appender.size()));
                        pause(random.nextInt(15));
                    }
                    return entries;
                });
                for (Entry entry : committed) {
                    System.out.println("entry " + entry.seq() + " " + HexFormat.of().formatHex(entry.hash()));
                }
                System.out.flush();
            }
        }
    }

    static Claim claim() throws Exception {
        SourceText source = SourceText.fromString(Files.readString(ARTICLE));
        return new ClaimResolver(source, Language.IT).resolve(new ClaimDraft("", "più di 11.000 soldati", null, null,
                null, List.of(new ClaimDraft.FigureDraft("/f", "11.000", "11000", null, "soldati", Qualifier.MORE_THAN,
                        null, null, null)), null));
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
