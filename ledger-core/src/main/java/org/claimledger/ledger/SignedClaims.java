package org.claimledger.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.entry.ClaimBody;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.MalformedEntryException;
import org.claimledger.failure.LedgerException;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;
import org.claimledger.model.Claim;
import org.claimledger.model.Figure;
import org.claimledger.store.StoredEntry;

/**
 * The claims of one source that stand signed now (latest version, not retracted), by what makes two claims the
 * same: the quote's span and the figures (each figure's span, value and upper bound). Signing one of them again
 * would say nothing new; changing one is a correction. Each claim of the ledger costs a few fixed-size numbers
 * here (its id, a 128-bit digest of what it says, its state), so a ledger of a million claims fits a small heap.
 */
final class SignedClaims {
    /** 128 bits of the SHA-256 of what a claim says, in the sense above. */
    record Sameness(long high, long low) {
        static Sameness of(Claim claim) {
            List<Figure> figures = new ArrayList<>(claim.figures());
            figures.sort(Comparator.comparingLong((Figure f) -> f.span().start()).thenComparingLong(f -> f.span().end())
                    .thenComparing(Figure::value).thenComparing(Figure::upper, Comparator.nullsFirst(Comparator.naturalOrder())));
            MessageDigest sha = sha256();
            ByteBuffer numbers = ByteBuffer.allocate(24);
            numbers.putLong(claim.quote().span().start()).putLong(claim.quote().span().end()).putLong(figures.size());
            sha.update(numbers.array());
            for (Figure figure : figures) {
                numbers.clear();
                numbers.putLong(figure.span().start()).putLong(figure.span().end());
                sha.update(numbers.array(), 0, 16);
                text(sha, figure.value());
                text(sha, figure.upper());
            }
            ByteBuffer digest = ByteBuffer.wrap(sha.digest());
            return new Sameness(digest.getLong(), digest.getLong());
        }

        private static void text(MessageDigest sha, String text) {
            if (text == null) {
                sha.update((byte) 0);
                return;
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            sha.update((byte) 1);
            sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            sha.update(bytes);
        }
    }

    /** A claim that stands now, by what it says and its id. */
    record Standing(Sameness sameness, long claimId) {
    }

    private static final byte SAYS_THIS_SOURCE = 1;
    private static final byte RETRACTED = 2;

    private final String sourceId;
    /** The next entry to read. */
    private long next;
    /** Every claim of the ledger read so far, in id order: its id, its digest (for this source) and its state. */
    private long[] ids = new long[64];
    private long[] high = new long[64];
    private long[] low = new long[64];
    private byte[] state = new byte[64];
    private int count;
    /** The standing claims' positions in the arrays above, ordered by digest then id. */
    private int[] byDigest = new int[0];

    private SignedClaims(String sourceId) {
        this.sourceId = sourceId;
    }

    /** The claims of the source as the ledger holds them now. */
    static SignedClaims of(Ledger ledger, String sourceId) throws LedgerException {
        SignedClaims signed = unread(sourceId);
        signed.catchUp(ledger);
        return signed;
    }

    /** None yet: the first {@link #catchUp} reads the whole ledger. */
    static SignedClaims unread(String sourceId) {
        return new SignedClaims(sourceId);
    }

    /** Entries read into one block, parsed on all cores while the next block is read. */
    static final int BLOCK = 512;

    /**
     * Reads the entries appended since the last read (under the head lock, only those) and returns the claims they
     * signed or changed that stand after them; on the first read, none (there is nothing earlier to compare with).
     * Entries are parsed a block at a time on the other cores while the next block is read, and folded in seq order.
     */
    List<Standing> catchUp(Ledger ledger) throws LedgerException {
        boolean first = next == 0;
        List<Integer> touched = new ArrayList<>();
        long[] last = {next - 1};
        List<StoredEntry> block = new ArrayList<>(BLOCK);
        List<CompletableFuture<List<Said>>> parsing = new ArrayList<>(1);
        ledger.store().forEachEntry(next, Long.MAX_VALUE, stored -> {
            last[0] = stored.seq();
            block.add(stored);
            if (block.size() == BLOCK) {
                List<StoredEntry> entries = List.copyOf(block);
                block.clear();
                CompletableFuture<List<Said>> parsed = CompletableFuture.supplyAsync(() -> read(entries));
                if (!parsing.isEmpty()) {
                    fold(parsing.remove(0).join(), first, touched);
                }
                parsing.add(parsed);
            }
        });
        if (!parsing.isEmpty()) {
            fold(parsing.remove(0).join(), first, touched);
        }
        fold(read(block), first, touched);
        next = last[0] + 1;
        index();
        List<Standing> changed = new ArrayList<>();
        for (int at : touched) {
            if (stands(at)) {
                changed.add(new Standing(new Sameness(high[at], low[at]), ids[at]));
            }
        }
        return changed;
    }

    /**
     * What one entry says about the claims: a new claim, a new version of one, or its retraction (claim is the id of
     * the claim changed), with the sameness of the version when it is of this source and reads as a claim.
     */
    private record Said(EntryType type, long seq, long claim, Sameness sameness) {
    }

    private List<Said> read(List<StoredEntry> entries) {
        return entries.parallelStream().map(this::read).filter(said -> said != null).toList();
    }

    /** What one entry says, or null for one that changes no claim. */
    private Said read(StoredEntry stored) {
        Entry entry;
        try {
            entry = Entry.parse(stored.leaf());
        } catch (MalformedEntryException e) {
            return null; // Damaged entries are verify's to report.
        }
        EntryType type = entry.type();
        return switch (type) {
            case CLAIM -> new Said(type, entry.seq(), entry.seq(), sameness(entry.body()));
            case CORRECTION -> new Said(type, entry.seq(), JsonFields.exactLong(entry.body().get("claim"), -1),
                    sameness(ClaimHistory.versionOf(entry.body())));
            case RETRACTION -> new Said(type, entry.seq(), JsonFields.exactLong(entry.body().get("claim"), -1), null);
            default -> null;
        };
    }

    /** What a claim's version says, when it is a version of a claim of this source that reads as one; else null. */
    private Sameness sameness(ObjectNode version) {
        if (!sourceId.equals(version.path("source").asText())) {
            return null;
        }
        try {
            return Sameness.of(ClaimBody.fromJson(JsonFields.of(version, "/body")));
        } catch (FieldException e) {
            return null; // A damaged version is verify's to report; it cannot make a new claim a duplicate.
        }
    }

    /** Folds a block in, in seq order, noting (after the first read) the claims it signed or changed. */
    private void fold(List<Said> block, boolean first, List<Integer> touched) {
        for (Said said : block) {
            int at = apply(said);
            if (at >= 0 && !first) {
                touched.add(at);
            }
        }
    }

    /** Folds one entry in; the position of the claim it signed or changed, or -1. */
    private int apply(Said said) {
        if (said.type() == EntryType.CLAIM) {
            grow();
            ids[count] = said.seq();
            state[count] = 0;
            say(count, said.sameness());
            return count++;
        }
        int at = Arrays.binarySearch(ids, 0, count, said.claim());
        if (at < 0) {
            return -1;
        }
        if (said.type() == EntryType.CORRECTION) {
            say(at, said.sameness());
        } else {
            state[at] |= RETRACTED;
        }
        return at;
    }

    /** Records what a claim's version says: a sameness, or null when it says nothing of this source. */
    private void say(int at, Sameness sameness) {
        state[at] &= ~SAYS_THIS_SOURCE;
        if (sameness != null) {
            high[at] = sameness.high();
            low[at] = sameness.low();
            state[at] |= SAYS_THIS_SOURCE;
        }
    }

    private boolean stands(int at) {
        return state[at] == SAYS_THIS_SOURCE;
    }

    private void grow() {
        if (count == ids.length) {
            int size = ids.length * 2;
            ids = Arrays.copyOf(ids, size);
            high = Arrays.copyOf(high, size);
            low = Arrays.copyOf(low, size);
            state = Arrays.copyOf(state, size);
        }
    }

    /** Orders the standing claims by digest, the earliest claim first among equal ones. */
    private void index() {
        int standing = 0;
        for (int at = 0; at < count; at++) {
            standing += stands(at) ? 1 : 0;
        }
        int[] order = new int[standing];
        int n = 0;
        for (int at = 0; at < count; at++) {
            if (stands(at)) {
                order[n++] = at;
            }
        }
        mergeSort(order, new int[standing], 0, standing);
        byDigest = order;
    }

    private int compare(int a, int b) {
        int c = Long.compare(high[a], high[b]);
        if (c == 0) {
            c = Long.compare(low[a], low[b]);
        }
        return c != 0 ? c : Integer.compare(a, b);
    }

    private void mergeSort(int[] a, int[] scratch, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(a, scratch, from, middle);
        mergeSort(a, scratch, middle, to);
        System.arraycopy(a, from, scratch, from, to - from);
        int i = from;
        int j = middle;
        for (int k = from; k < to; k++) {
            a[k] = j >= to || (i < middle && compare(scratch[i], scratch[j]) <= 0) ? scratch[i++] : scratch[j++];
        }
    }

    /** The id of the earliest current claim that says the same, or null. */
    Long claimSaying(Sameness sameness) {
        int lo = 0;
        int hi = byDigest.length;
        while (lo < hi) {
            int middle = (lo + hi) >>> 1;
            int at = byDigest[middle];
            int c = Long.compare(high[at], sameness.high());
            if (c == 0) {
                c = Long.compare(low[at], sameness.low());
            }
            if (c < 0) {
                lo = middle + 1;
            } else {
                hi = middle;
            }
        }
        if (lo < byDigest.length) {
            int at = byDigest[lo];
            if (high[at] == sameness.high() && low[at] == sameness.low()) {
                return ids[at];
            }
        }
        return null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
