package org.claimledger.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What verify found and what it checked, in entry order. */
public final class VerifyReport {
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long entries;
    private long claims;
    private long signatures;
    private long spans;
    private long sources;
    private String origin;
    private byte[] root;

    public synchronized void add(Finding finding) {
        findings.add(finding);
    }

    public synchronized void note(String note) {
        notes.add(note);
    }

    /** Findings ordered by entry (ledger-wide ones last), then in the order found. */
    public synchronized List<Finding> findings() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing((Finding f) -> f.seq() == null ? Long.MAX_VALUE : f.seq()));
        return sorted;
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
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

    public synchronized long signatures() {
        return signatures;
    }

    public synchronized long spans() {
        return spans;
    }

    public synchronized long sources() {
        return sources;
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

    public synchronized String summary() {
        return "checked " + entries + " entries: " + claims + " claims, " + signatures + " signatures, " + spans
                + " spans, " + sources + " sources; " + findings.size() + (findings.size() == 1 ? " finding" : " findings");
    }
}
