package org.claimledger.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Hex;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.json.JsonFields;
import org.claimledger.json.JsonTree;
import org.claimledger.store.AppendWatch;
import org.claimledger.store.Head;
import org.claimledger.store.LedgerLocation;
import org.claimledger.store.LedgerStore;

/**
 * This machine's memory of each ledger it works on, per location (the H2 file's path, the JDBC URL, a bundle's
 * folder): the size and last leaf hash it saw, so that every command (an editor's as much as an auditor's) notices
 * when a ledger no longer holds what it held, before anything is appended to it. An append on a ledger that lost
 * its tail would fork history: the lost entries, still in backups and published checkpoints, and the new ones would
 * both claim the same positions. The check costs two indexed reads, never a scan.
 */
public final class LedgerMemory {
    public static final int VERSION = 1;
    private static final String FOLDER = "ledgers";

    private final StateDirectory directory;

    public LedgerMemory(StateDirectory directory) {
        this.directory = directory;
    }

    public StateDirectory directory() {
        return directory;
    }

    /** A database's location as this machine remembers it: the H2 file's path (its folder's real path), or the JDBC URL. */
    public static String locationOf(LedgerLocation location) {
        if (!location.isEmbedded()) {
            // Credentials in a URL are not part of where the ledger is, and do not belong in a state file.
            return location.jdbcUrl().replaceAll("(?i)(password=)[^&;]*", "$1***");
        }
        Path file = location.h2File();
        Path folder = file.getParent();
        try {
            folder = folder.toRealPath();
        } catch (IOException e) {
            // A folder that does not exist yet (init reports that itself): its absolute path names it.
        }
        return folder.resolve(file.getFileName()).toString();
    }

    /** A bundle's location: its folder's real path, marked so it can never be mistaken for a database file. */
    public static String locationOfBundle(Path bundle) {
        Path folder = bundle.toAbsolutePath().normalize();
        try {
            folder = folder.toRealPath();
        } catch (IOException e) {
            // BundleFeed.open has read it already; should it vanish since, its absolute path still names it.
        }
        return "bundle:" + folder;
    }

    public Path fileFor(String location) {
        return directory.file(FOLDER, location, ".json");
    }

    /** What this machine saw at the location, or null when it has never worked there. */
    public Seen seen(String location) throws LedgerException {
        Path file = fileFor(location);
        byte[] bytes = directory.read(file);
        if (bytes == null) {
            return null;
        }
        try {
            JsonNode node = JsonTree.read(bytes);
            if (node == null || !node.isObject() || JsonFields.exactLong(node.get("v"), -1) != VERSION) {
                throw new IllegalArgumentException("it is not a version " + VERSION + " ledger memory file, which is all "
                        + "this version reads");
            }
            if (!location.equals(node.path("location").asText(null))) {
                throw new IllegalArgumentException("it is about another location");
            }
            Head head = null;
            if (node.has("size")) {
                JsonNode size = node.get("size");
                if (!size.isIntegralNumber() || !size.canConvertToLong() || size.asLong() < 1) {
                    throw new IllegalArgumentException("its size is not a positive whole number");
                }
                head = new Head(size.asLong(), Hex.decodeHash(node.path("last").asText("")));
            }
            JsonNode origin = node.get("origin");
            return new Seen(location, head, origin == null || origin.isNull() ? null : origin.asText());
        } catch (IOException | IllegalArgumentException e) {
            throw new LedgerException(Failure.STORAGE, "this machine's memory of " + location + " (" + file
                    + ") is damaged (" + e.getMessage() + "); restore the file, or remove it to start again from "
                    + "what the ledger holds now");
        }
    }

    /**
     * Remembers the head seen at a location (null for a snapshot location; an empty ledger's is not kept) and the
     * origin verify found there (null to keep what is remembered). Never moves backwards: a smaller head than the one remembered changes nothing,
     * so two commands finishing in any order leave the larger.
     */
    public void saw(String location, Head head, String origin) throws LedgerException {
        try (StateDirectory.Held lock = directory.lock()) {
            Seen before = seen(location);
            Head keep = before == null ? null : before.head();
            // An empty ledger (an init stopped before its genesis entry) holds nothing to remember.
            if (head != null && head.size() > 0 && (keep == null || head.size() > keep.size())) {
                keep = head;
            }
            String keptOrigin = origin != null ? origin : before == null ? null : before.origin();
            Seen after = new Seen(location, keep, keptOrigin);
            if (before == null ? keep == null && keptOrigin == null : sameAs(before, after)) {
                return;
            }
            directory.write(fileFor(location), format(after));
        }
    }

    private static boolean sameAs(Seen a, Seen b) {
        return Objects.equals(a.head(), b.head()) && Objects.equals(a.origin(), b.origin());
    }

    private static byte[] format(Seen seen) {
        ObjectNode node = JsonTree.object();
        node.put("v", VERSION);
        node.put("location", seen.location());
        if (seen.head() != null) {
            node.put("size", seen.head().size());
            node.put("last", Hex.encode(seen.head().last()));
        }
        if (seen.origin() != null) {
            node.put("origin", seen.origin());
        }
        return JsonTree.pretty(node).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks that the ledger still holds what this machine saw at its location, records what it holds now, and
     * has every later append checked again under the head lock and recorded once committed. Throws
     * {@link Failure#LOST_HISTORY} when the ledger lost entries or holds another history.
     */
    public void keepWatch(LedgerStore store) throws LedgerException {
        String location = locationOf(store.location());
        Head now = check(store, location, store.location().display());
        saw(location, now, null);
        store.watch(new AppendWatch() {
            @Override
            public void beforeAppend(LedgerStore locked) throws LedgerException {
                check(locked, location, locked.location().display());
            }

            @Override
            public void appended(LedgerStore appended) throws LedgerException {
                try {
                    saw(location, appended.head(), null);
                } catch (LedgerException e) {
                    throw new LedgerException(e.failure(), "the entries were appended to " + appended.location().display()
                            + ", but " + e.getMessage(), e);
                }
            }
        });
    }

    /**
     * Checks, as {@link #keepWatch} does, that a store holds what this machine saw at another location, and records
     * what it holds: for a byte-for-byte snapshot of the ledger file there, read in its place.
     */
    public void requireHeld(LedgerStore snapshot, LedgerLocation location) throws LedgerException {
        String where = locationOf(location);
        saw(where, check(snapshot, where, location.display()), null);
    }

    /** Refuses to create a ledger where this machine remembers one (whose loss would otherwise go unnoticed). */
    public void requireNone(LedgerLocation location) throws LedgerException {
        String where = locationOf(location);
        Seen seen = seen(where);
        if (seen != null && seen.head() != null) {
            throw new LedgerException(Failure.LOST_HISTORY, "this machine saw a ledger of " + seen.size()
                    + (seen.size() == 1 ? " entry" : " entries") + " at " + location.display() + " (remembered in "
                    + fileFor(where) + "), and it is gone; restore it from a backup rather than start a new one there. "
                    + "To start a new ledger at this path anyway, remove " + fileFor(where));
        }
    }

    /** The ledger's head now, once it is known to hold what this machine saw. */
    private Head check(LedgerStore store, String location, String display) throws LedgerException {
        Head now = store.head();
        Seen seen = seen(location);
        if (seen == null || seen.head() == null) {
            return now;
        }
        long saw = seen.size();
        String fix = " Nothing was changed. Restore the ledger from a backup, or compare it with the newsroom's published "
                + "checkpoints (claimledger verify --checkpoint FILE); if the change is known and accepted, remove "
                + fileFor(location) + ".";
        if (now.size() < saw) {
            throw new LedgerException(Failure.LOST_HISTORY, display + " no longer holds what this machine saw: it has "
                    + now.size() + " entries, but this machine saw " + saw + " (" + (saw - now.size() == 1
                            ? "entry " + now.size() + " is" : "entries " + now.size() + " to " + (saw - 1) + " are")
                    + " gone; remembered in " + fileFor(location) + ")." + fix);
        }
        byte[] at = now.size() == saw ? now.last() : store.leafHashAt(saw - 1);
        if (at == null || !MessageDigest.isEqual(at, seen.head().last())) {
            throw new LedgerException(Failure.LOST_HISTORY, display + " no longer holds what this machine saw: it has "
                    + now.size() + " entries and this machine saw " + saw + ", but entry " + (saw - 1) + " is "
                    + (at == null ? "missing" : "not the one it saw (leaf hash " + Hex.encode(at) + ", not "
                            + Hex.encode(seen.head().last()) + ")") + "; the ledger was replaced or its history rewritten "
                    + "(remembered in " + fileFor(location) + ")." + fix);
        }
        return now;
    }
}
