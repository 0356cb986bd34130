package org.claimledger.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.claimledger.merkle.TreeHash;

/** What verify found and what it checked, in entry order. */
public final class VerifyReport {
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<HistoryNote> history = new ArrayList<>();
    private long entries;
    private long claims;
    private long corrections;
    private long retractions;
    private long signatures;
    private long spans;
    private long sources;
    private String origin;
    private byte[] root;
    private final Map<Long, byte[]> rootsAt = new HashMap<>();
    private List<org.claimledger.crypto.Ed25519PublicKey> ledgerKeys = List.of();
    private LongFunction<org.claimledger.crypto.Ed25519PublicKey> checkpointKeys = size -> null;

    private String state;
    private boolean firstUse;

    public synchronized void add(Finding finding) {
        findings.add(finding);
    }

    public synchronized void note(String note) {
        notes.add(note);
    }

    /** Findings ordered by entry (ledger-wide ones last), then in the order found. */
    public synchronized List<Finding> findings() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing((Finding f) -> f.seq() == null ? Long.MAX_VALUE : f.seq())
                .thenComparing(Finding::kind));
        return sorted;
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    synchronized void history(HistoryNote note) {
        history.add(note);
    }

    /** Corrections and retractions found in order, in entry order (the first ones, when there are very many). */
    public synchronized List<HistoryNote> history() {
        return List.copyOf(history);
    }

    public synchronized boolean clean() {
        return findings.isEmpty();
    }

    synchronized void countEntry() {
        entries++;
    }

    synchronized void countClaim() {
        claims++;
    }

    synchronized void countCorrection() {
        corrections++;
    }

    synchronized void countRetraction() {
        retractions++;
    }

    synchronized void countSignatures(long count) {
        signatures += count;
    }

    synchronized void countSpans(long count) {
        spans += count;
    }

    synchronized void countSource() {
        sources++;
    }

    public synchronized long entries() {
        return entries;
    }

    public synchronized long claims() {
        return claims;
    }

    public synchronized long corrections() {
        return corrections;
    }

    public synchronized long retractions() {
        return retractions;
    }

    public synchronized long signatures() {
        return signatures;
    }

    public synchronized long spans() {
        return spans;
    }

    public synchronized long sources() {
        return sources;
    }

    /**
     * What this run recorded in the auditor's state, in one sentence ("state: remembered 41 entries ..." or "state
     * unchanged: ..."); null when the run kept no state.
     */
    public synchronized String state() {
        return state;
    }

    /** True when this run pinned a ledger key on first use, without --trust: the user must be told where trust came from. */
    public synchronized boolean pinnedOnFirstUse() {
        return firstUse;
    }

    synchronized void state(String sentence, boolean pinnedOnFirstUse) {
        this.state = sentence;
        this.firstUse = pinnedOnFirstUse;
    }

    /** The origin the genesis entry declares, or null. */
    public synchronized String origin() {
        return origin;
    }

    synchronized void origin(String origin) {
        this.origin = origin;
    }

    /** The RFC 9162 root over every entry read, or null before the scan. */
    public synchronized byte[] root() {
        return root == null ? null : root.clone();
    }

    synchronized void root(byte[] root) {
        this.root = root.clone();
    }

    /**
     * The RFC 9162 root of the first {@code size} entries as scanned, for the sizes the verifier was asked to
     * keep (and the empty tree); null for any other size.
     */
    public synchronized byte[] rootAt(long size) {
        if (size == 0) {
            return TreeHash.emptyRoot();
        }
        byte[] kept = rootsAt.get(size);
        return kept == null ? null : kept.clone();
    }

    synchronized void rootAt(long size, byte[] root) {
        rootsAt.put(size, root.clone());
    }

    /** Every ledger key the chain declared and proved, genesis first (more than one after rotations). */
    public synchronized List<org.claimledger.crypto.Ed25519PublicKey> ledgerKeys() {
        return ledgerKeys;
    }

    synchronized void ledgerKeys(List<org.claimledger.crypto.Ed25519PublicKey> keys) {
        this.ledgerKeys = List.copyOf(keys);
    }

    /**
     * The ledger key that signs checkpoints of this tree size (SPEC.md section 10.5: the key current after entry
     * size - 1), or null when the chain declares none; meaningful for sizes up to the entries scanned.
     */
    public synchronized org.claimledger.crypto.Ed25519PublicKey checkpointKey(long size) {
        return checkpointKeys.apply(size);
    }

    synchronized void checkpointKeys(LongFunction<org.claimledger.crypto.Ed25519PublicKey> keys) {
        this.checkpointKeys = keys;
    }

    public synchronized String summary() {
        String lifecycle = corrections + retractions == 0 ? "" : " (" + count(corrections, "correction", "corrections")
                + ", " + count(retractions, "retraction", "retractions") + ")";
        return "checked " + count(entries, "entry", "entries") + ": " + count(claims, "claim", "claims") + lifecycle
                + ", " + count(signatures, "signature", "signatures") + ", " + count(spans, "span", "spans") + ", "
                + count(sources, "source", "sources") + "; " + count(findings.size(), "finding", "findings");
    }

    /** "1 entry", "2 entries". */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
