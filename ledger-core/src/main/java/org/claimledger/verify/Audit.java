package org.claimledger.verify;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FileLimit;
import org.claimledger.model.SourceEncodingException;
import org.claimledger.model.SourceText;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.VerifierKey;
import org.claimledger.state.LedgerMemory;
import org.claimledger.state.Seen;
import org.claimledger.store.ForeignObject;
import org.claimledger.store.Head;
import org.claimledger.store.HostileFileException;
import org.claimledger.store.LedgerLocation;

/**
 * One auditor's run: the ledger check; then identity (what this machine saw at the ledger's location, and a trusted
 * key or the first-use pin); then checkpoints (the ledger's own, a published one, and the auditor's memory of the
 * origin) and the stored tree; then the auditor's state records what the run established; then a source file if
 * given.
 */
public final class Audit {
    /**
     * The report for an embedded ledger file refused before it was opened: one finding per object ClaimLedger did
     * not create. Nothing else is checked, since nothing in the file may be read through H2's engine.
     */
    public static VerifyReport refusedFile(HostileFileException refused) {
        VerifyReport report = new VerifyReport();
        for (ForeignObject object : refused.objects()) {
            report.add(Finding.of(null, FindingKind.FOREIGN_OBJECT, object.kind() + " " + object.name(),
                    object.kind() + " " + object.name() + " is not part of a ClaimLedger ledger (" + object.detail()
                            + "); the file was refused unopened and nothing in it ran"));
        }
        report.note("the ledger file was not opened, so none of its entries were checked: audit a bundle its owner "
                + "exports ('claimledger verify --bundle DIR'), or restore the ledger from a backup");
        return report;
    }

    /**
     * What the auditor brings: trusted keys (or null to use pins), the state directory (pins and the last
     * verified checkpoint; null for none), optionally a copy of a source to compare, with the id of the source it
     * copies when the auditor knows it, optionally a published checkpoint the ledger must extend, and where the
     * ledger is as this machine remembers it (null for nowhere in particular), and the witnesses a quorum of which
     * must have cosigned the ledger's latest checkpoint (null: no cosignature is demanded).
     */
    public record Request(TrustedKeys trusted, PinStore pins, Path sourceFile, String sourceId, Path checkpointFile,
            Place place, WitnessKeys witnesses) {
        public Request(TrustedKeys trusted, PinStore pins, Path sourceFile, String sourceId, Path checkpointFile,
                Place place) {
            this(trusted, pins, sourceFile, sourceId, checkpointFile, place, null);
        }

        public Request(TrustedKeys trusted, PinStore pins, Path sourceFile, String sourceId, Path checkpointFile) {
            this(trusted, pins, sourceFile, sourceId, checkpointFile, null);
        }

        public Request(TrustedKeys trusted, PinStore pins, Path sourceFile, String sourceId) {
            this(trusted, pins, sourceFile, sourceId, null, null);
        }
    }

    /**
     * Where the ledger is read from, for this machine's memory of it: a database (live: it must never lose what
     * was seen there) or a bundle (a snapshot: only the origin found there is held to).
     */
    public record Place(LedgerMemory memory, String location, boolean live) {
        public static Place database(LedgerMemory memory, LedgerLocation location) {
            return new Place(memory, LedgerMemory.locationOf(location), true);
        }

        public static Place bundle(LedgerMemory memory, Path directory) {
            return new Place(memory, LedgerMemory.locationOfBundle(directory), false);
        }
    }

    private Audit() {
    }

    public static VerifyReport run(LedgerFeed feed, Request request) throws LedgerException {
        SourceText copy = request.sourceFile() == null ? null : readSource(request.sourceFile());
        PublishedCheckpoint published = request.checkpointFile() == null ? null
                : PublishedCheckpoint.read(request.checkpointFile());
        PinStore pins = request.pins();
        Place place = request.place();
        Seen seen = place == null ? null : place.memory().seen(place.location());
        List<Long> storedSizes = feed.checkpointSizes();
        try (ScannedLeaves leaves = new ScannedLeaves(pins == null ? null : LeafHashFile.start(pins.directory()),
                seen == null ? -1 : seen.size() - 1)) {
            VerifyReport report = Verifier.verify(feed, origin -> {
                Set<Long> sizes = new HashSet<>(storedSizes);
                if (published != null) {
                    sizes.add(published.size());
                }
                PinStore.Pin pin = pins == null || origin == null ? null : pins.load(origin);
                if (pin != null) {
                    sizes.addAll(AuditorState.sizes(pin, pins));
                }
                return sizes;
            }, leaves);
            boolean located = place == null
                    || LocationCheck.check(report, seen, place.memory().fileFor(place.location()), leaves);
            PinStore.Pin pin = null;
            if (request.trusted() != null) {
                TrustCheck.against(report, request.trusted());
                pin = pins == null || report.origin() == null ? null : pins.load(report.origin());
            } else if (pins != null) {
                pin = TrustCheck.againstPin(report, pins);
            }
            if (report.origin() != null) {
                CheckpointCheck.Held best = checkpoints(feed, request, report, published, storedSizes);
                if (request.witnesses() != null) {
                    WitnessCheck.latest(report, feed, storedSizes, request.witnesses());
                }
                // A location that lost what this machine saw has its finding; the origin's pin would repeat it.
                AuditorState.Held held = located ? AuditorState.check(report, pin, pins) : AuditorState.Held.NOTHING;
                remember(request, report, new AuditorState.Outcome(report, pin, held, best, leaves,
                        request.trusted() != null), located);
            }
            if (copy != null) {
                SourceFileCheck.check(feed, copy, request.sourceFile().toString(), request.sourceId(), report);
            }
            return report;
        }
    }

    private static CheckpointCheck.Held checkpoints(LedgerFeed feed, Request request, VerifyReport report,
            PublishedCheckpoint published, List<Long> storedSizes) throws LedgerException {
        List<VerifierKey> ledgerKeys = noteKeys(report);
        CheckpointCheck.Held best = CheckpointCheck.stored(report, feed, storedSizes, ledgerKeys);
        if (published != null) {
            List<VerifierKey> keys = request.trusted() != null ? request.trusted().keys() : ledgerKeys;
            Checkpoint held = CheckpointCheck.check(report, published.note(), keys, published.source(), "checkpoint");
            if (held != null) {
                report.note("the ledger extends " + published.source() + ": " + held.size() + " entries (root "
                        + CheckpointCheck.base64(held.root()) + ") then, " + report.entries() + " now");
                if (best == null || held.size() > best.checkpoint().size()) {
                    best = new CheckpointCheck.Held(published.note(), held);
                }
            }
        }
        return best;
    }

    /**
     * Once the run is over: nothing is recorded about a ledger whose identity is in question (a trust or name
     * finding, or another origin where this machine saw one); otherwise the origin's pin learns what the run
     * established, and the location remembers what was seen there.
     */
    private static void remember(Request request, VerifyReport report, AuditorState.Outcome outcome, boolean located)
            throws LedgerException {
        PinStore pins = request.pins();
        if (pins == null) {
            return;
        }
        boolean identityInQuestion = report.findings().stream()
                .anyMatch(f -> f.kind() == FindingKind.TRUST || f.kind() == FindingKind.NAME);
        String refusal = report.ledgerKeys().isEmpty() ? "the ledger declares no ledger key"
                : identityInQuestion ? "the ledger's origin or key is in question (see the findings above), so nothing "
                        + "about it is pinned or remembered"
                : !located ? "the ledger no longer holds what this machine saw at " + request.place().location()
                        + " (see the findings above), so nothing about it is pinned or remembered"
                : null;
        if (refusal != null) {
            report.state("state unchanged: " + refusal, false);
            return;
        }
        String sentence = AuditorState.remember(pins, outcome);
        Place place = request.place();
        if (place != null) {
            place.memory().saw(place.location(), place.live() && report.entries() > 0
                    ? new Head(report.entries(), outcome.leaves().last()) : null, report.origin());
        }
        report.state(sentence, outcome.old() == null && request.trusted() == null);
    }

    /** The ledger keys the chain declares, as note verifier keys named after the origin (as the ledger signs). */
    private static List<VerifierKey> noteKeys(VerifyReport report) {
        List<VerifierKey> keys = new ArrayList<>();
        for (Ed25519PublicKey key : report.ledgerKeys()) {
            try {
                keys.add(VerifierKey.of(report.origin(), key));
            } catch (IllegalArgumentException e) {
                // An origin that cannot name a key: no checkpoint can open, and each says so.
            }
        }
        return keys;
    }

    /** Reads a source file strictly as UTF-8 and normalizes it; names the byte at fault when it is not text. */
    public static SourceText readSource(Path file) throws LedgerException {
        byte[] bytes;
        try {
            bytes = FileLimit.SOURCE_FILE.read(file);
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
