package org.claimledger.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.claimledger.canonical.Jcs;
import org.claimledger.claims.ClaimProblem;
import org.claimledger.claims.ClaimResolver;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.entry.ClaimBody;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.json.FieldNames;
import org.claimledger.model.Claim;
import org.claimledger.model.Language;

/**
 * A claims file checked against its source and the ledger, before anything is signed: each claim's shape, its
 * quote, figures and attribution found in the source, its figures read in the source's language, and (unless
 * duplicates are allowed) none of them already signed and current or held twice by the file. The file streams
 * past once: every problem is handed on in file order as it is found, and only the first and a count are kept.
 */
public final class ClaimsCheck {
    private final ClaimsFile file;
    private final RegisteredSource source;
    private final DigestTable inFile;
    private ClaimsFile.Problem first;
    /** The first problem other than a duplicate: a claim that cannot be signed at all is told first. */
    private ClaimsFile.Problem firstUnsignable;
    private int problems;

    private ClaimsCheck(ClaimsFile file, RegisteredSource source, boolean findDuplicates) {
        this.file = file;
        this.source = source;
        this.inFile = findDuplicates ? new DigestTable() : null;
    }

    /** The registered source the file's claims quote, refusing a file that cannot be checked at all. */
    static RegisteredSource sourceOf(Ledger ledger, ClaimsFile file, String sourceOverride) throws LedgerException {
        String sourceId = sourceOverride != null ? sourceOverride : file.sourceId();
        if (sourceId == null) {
            throw new LedgerException(Failure.MALFORMED_INPUT, file.locate("") + ": the claims file names no source; "
                    + "add \"source\": \"<id>\" or pass --source ID");
        }
        RegisteredSource source = ledger.source(sourceId);
        Language language = source.record().language();
        if (file.language() != null && file.language() != language) {
            throw new LedgerException(Failure.MALFORMED_INPUT, file.locate("/lang") + ": lang is " + file.language().code()
                    + " but source " + source.record().id().substring(0, 12) + " is registered as " + language.code());
        }
        if (file.claimCount() == 0) {
            throw new LedgerException(Failure.MALFORMED_INPUT, file.locate("/claims") + ": the file has no claims to sign");
        }
        return source;
    }

    /**
     * Checks every claim of the file against its registered source (see {@link #sourceOf}) and, when signed is not null, against the
     * claims signed already and the file's other claims; each problem goes to problems as it is found, and
     * progress is told how many claims are done. When spill is not null, every claim's canonical body is also
     * added to it in file order (until the first problem: a file with one signs nothing).
     */
    static ClaimsCheck run(ClaimsFile file, RegisteredSource source, SignedClaims signed, ClaimSpill spill,
            Consumer<ClaimsFile.Problem> problems, LongConsumer progress) throws LedgerException {
        ClaimsCheck check = new ClaimsCheck(file, source, signed != null);
        ClaimResolver resolver = new ClaimResolver(source.text(), source.record().language());
        boolean prepare = spill != null;
        boolean findDuplicates = signed != null;
        try (ClaimsFile.Reader reader = file.reader()) {
            // Claims are independent of each other: a block is resolved (and canonicalized) on the other cores
            // while this thread reads the next one, and handled in file order once both are done. At most two blocks
            // are held at once.
            CompletableFuture<List<Resolved>> resolving = null;
            for (List<ClaimsFile.Item> block = ClaimBlocks.next(reader); !block.isEmpty(); block = ClaimBlocks.next(reader)) {
                List<ClaimsFile.Item> items = block;
                CompletableFuture<List<Resolved>> next = CompletableFuture.supplyAsync(() -> items.parallelStream()
                        .map(item -> Resolved.of(item, resolver, findDuplicates, prepare)).toList());
                if (resolving != null) {
                    check.handle(resolved(resolving), signed, spill, problems, progress);
                }
                resolving = next;
            }
            if (resolving != null) {
                check.handle(resolved(resolving), signed, spill, problems, progress);
            }
            reader.requireUnchanged();
        }
        return check;
    }

    private static List<Resolved> resolved(CompletableFuture<List<Resolved>> block) {
        try {
            return block.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw e;
        }
    }

    /** One block's claims, in file order: each problem is counted and handed on, each claim without one spilled. */
    private void handle(List<Resolved> block, SignedClaims signed, ClaimSpill spill,
            Consumer<ClaimsFile.Problem> problems, LongConsumer progress) throws LedgerException {
        for (Resolved claim : block) {
            ClaimsFile.Problem problem = claim.problem() != null ? claim.problem()
                    : signed == null ? null : duplicate(claim, signed);
            if (problem == null && spill != null && this.problems == 0) {
                spill.add(claim.canonicalBody());
            }
            if (problem != null) {
                if (this.problems++ == 0) {
                    first = problem;
                }
                if (claim.problem() != null && firstUnsignable == null) {
                    firstUnsignable = problem;
                }
                problems.accept(problem);
            }
        }
        progress.accept(block.get(block.size() - 1).item().index() + 1L);
    }

    /**
     * A claim of the file resolved against its source, with what it says (when duplicates are looked for) and its
     * body's canonical bytes (when asked for: the signing makes them ready to sign); or the problem that keeps it from
     * being signed.
     */
    private record Resolved(ClaimsFile.Item item, SignedClaims.Sameness sameness, byte[] canonicalBody,
            ClaimsFile.Problem problem) {
        static Resolved of(ClaimsFile.Item item, ClaimResolver resolver, boolean sameness, boolean prepare) {
            if (item.problem() != null) {
                return new Resolved(item, null, null, item.problem());
            }
            Claim claim;
            try {
                claim = resolver.resolve(item.draft());
            } catch (ClaimProblem problem) {
                return new Resolved(item, null, null, item.problemOf(problem));
            }
            return new Resolved(item, sameness ? SignedClaims.Sameness.of(claim) : null,
                    prepare ? Jcs.canonicalize(ClaimBody.toJson(claim)) : null, null);
        }
    }

    /** The problem of a claim that the ledger holds signed and current, or that the file held earlier; else null. */
    private ClaimsFile.Problem duplicate(Resolved claim, SignedClaims signed) {
        ClaimsFile.Item item = claim.item();
        SignedClaims.Sameness sameness = claim.sameness();
        Long signedAs = signed.claimSaying(sameness);
        int earlier = inFile.putIfAbsent(sameness, item.index());
        if (signedAs == null && earlier < 0) {
            return null;
        }
        String field = FieldNames.display(item.draft().pointer());
        if (signedAs != null) {
            return item.problemOf(Failure.CONFLICT, field + ": " + alreadySays(signedAs));
        }
        return item.problemOf(Failure.CONFLICT, field + ": the same quote span and figures as "
                + FieldNames.display(FieldNames.child("/claims", earlier)) + " of this file; remove one, or pass "
                + "--allow-duplicates");
    }

    private static String alreadySays(long claimId) {
        return "claim " + claimId + " already says this (the same quote span and figures, signed and current); to "
                + "change it use 'claimledger claim correct " + claimId + "', to sign it again anyway pass "
                + "--allow-duplicates";
    }

    /**
     * Refuses the file when claims appended since it was checked (by another editor, say) say what one of its
     * claims says: called with the head locked, with what {@link SignedClaims#catchUp} found new.
     */
    void requireNoneOf(List<SignedClaims.Standing> appended) throws LedgerException {
        for (SignedClaims.Standing claim : appended) {
            int index = inFile.get(claim.sameness());
            if (index >= 0) {
                throw new LedgerException(Failure.CONFLICT, file.locate("/claims") + ": "
                        + FieldNames.display(FieldNames.child("/claims", index)) + ": " + alreadySays(claim.claimId())
                        + "; nothing was signed");
            }
        }
    }

    /**
     * Fails with the first problem (the first claim that cannot be signed at all, else the first duplicate), saying
     * how many more there are, when there is any.
     */
    void requireNoProblems() throws LedgerException {
        if (first == null) {
            return;
        }
        ClaimsFile.Problem told = firstUnsignable != null ? firstUnsignable : first;
        int more = problems - 1;
        throw new LedgerException(told.failure(), told.line() + "; nothing was signed" + (more == 0 ? ""
                : " (" + more + " more problem" + (more == 1 ? "" : "s") + ": 'claimledger sign --dry-run' lists every one)"));
    }

    public RegisteredSource source() {
        return source;
    }

    /** How many claims the file holds, of any shape. */
    public int claimCount() {
        return file.claimCount();
    }

    /** How many claims have a problem (each has at most one). */
    public int unsignable() {
        return problems;
    }

    /** The first problem in file order, or null when every claim can be signed. */
    public ClaimsFile.Problem firstProblem() {
        return first;
    }
}
