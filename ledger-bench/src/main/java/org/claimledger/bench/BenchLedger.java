package org.claimledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.SourceMetadata;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.claimledger.note.VerifierKey;
import org.claimledger.store.LedgerLocation;

/**
 * A new H2 ledger for a benchmark run, made in process: a new ledger key, one enrolled editor and one Italian source,
 * then whatever the run signs into it in the same session. The command-line children that read it get the ledger
 * key's vkey file and a HOME of their own.
 */
record BenchLedger(LedgerLocation location, NamedKey ledgerKey, NamedKey editor, String sourceId, long entries) {
    /** What a run signs into the new ledger before it is closed. */
    interface Fill {
        void into(Ledger ledger, NamedKey editor, String sourceId) throws Exception;
    }

    static BenchLedger create(Path file, SourceText sourceText, String sourceLabel, Fill fill) throws Exception {
        NamedKey ledgerKey = new NamedKey(EndToEnd.ORIGIN, Ed25519PrivateKey.generate(new SecureRandom()));
        NamedKey editor = new NamedKey("bench.editor", Ed25519PrivateKey.generate(new SecureRandom()));
        LedgerLocation location = LedgerLocation.of(file.toString());
        try (Ledger ledger = Ledger.create(location, EndToEnd.ORIGIN, ledgerKey, Clock.systemUTC())) {
            ledger.enroll(ledgerKey, editor.name(), editor.publicKey());
            String sourceId = ledger.addSource(editor, sourceText, new SourceMetadata(sourceLabel, null, null, null,
                    Language.IT)).body().path("id").asText();
            fill.into(ledger, editor, sourceId);
            return new BenchLedger(location, ledgerKey, editor, sourceId, ledger.store().size());
        }
    }

    /** Writes the ledger key's vkey line to file, for 'verify --trust'. */
    Path writeTrust(Path file) throws IOException {
        Files.writeString(file, VerifierKey.of(EndToEnd.ORIGIN, ledgerKey.publicKey()).format() + "\n",
                StandardCharsets.UTF_8);
        return file;
    }

    /** A child's environment: HOME and the state directory inside the run's folder, never the user's. */
    static Map<String, String> environment(Path directory) {
        return Map.of("HOME", directory.toString(), "CLAIMLEDGER_STATE", directory.resolve("state").toString());
    }
}
