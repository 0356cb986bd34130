package org.claimledger.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.claimledger.claims.ClaimDraft;
import org.claimledger.claims.ClaimProblem;
import org.claimledger.claims.ClaimResolver;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.json.FieldNames;
import org.claimledger.model.Claim;
import org.claimledger.model.Language;

/**
 * A claims file checked against its source and the ledger, before anything is signed: each claim's shape, its
 * quote, figures and attribution found in the source, its figures read in the source's language, and (unless
 * duplicates are allowed) none of them already signed and current. Every problem is kept, in file order, so an
 * editor sees them all at once.
 */
public final class ClaimsCheck {
    /** Claims resolved on all cores at a time. */
    private static final int RESOLVED_AT_ONCE = 1024;

    private final ClaimsFile file;
    private final RegisteredSource source;
    private final List<ClaimDraft> drafts;
    private final List<Claim> claims;
    private final List<ClaimsFile.Problem> problems;

    private ClaimsCheck(ClaimsFile file, RegisteredSource source, List<ClaimDraft> drafts, List<Claim> claims,
            List<ClaimsFile.Problem> problems) {
        this.file = file;
        this.source = source;
        this.drafts = List.copyOf(drafts);
        this.claims = List.copyOf(claims);
        List<ClaimsFile.Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(ClaimsFile.Problem::claim));
        this.problems = List.copyOf(sorted);
    }

    /**
     * Resolves every claim of the file against its registered source, telling progress how many are done. A file
     * that cannot be checked at all (no source, an unknown one, another language, no claims) fails at once.
     */
    static ClaimsCheck resolve(Ledger ledger, ClaimsFile file, String sourceOverride, LongConsumer progress)
            throws LedgerException {
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
        if (file.claims().isEmpty() && file.problems().isEmpty()) {
            throw new LedgerException(Failure.MALFORMED_INPUT, file.locate("/claims") + ": the file has no claims to sign");
        }
        List<ClaimDraft> drafts = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<ClaimsFile.Problem> problems = new ArrayList<>(file.problems());
        ClaimResolver resolver = new ClaimResolver(source.text(), language);
        List<ClaimDraft> all = file.claims();
        for (int from = 0; from < all.size(); from += RESOLVED_AT_ONCE) {
            int to = Math.min(all.size(), from + RESOLVED_AT_ONCE);
            // Claims are independent of each other: resolved on all cores, kept in file order.
            List<Resolved> resolved = all.subList(from, to).parallelStream().map(draft -> {
                try {
                    return new Resolved(draft, resolver.resolve(draft), null);
                } catch (ClaimProblem problem) {
                    return new Resolved(draft, null, problem);
                }
            }).toList();
            for (Resolved claim : resolved) {
                if (claim.problem() == null) {
                    claims.add(claim.claim());
                    drafts.add(claim.draft());
                } else {
                    problems.add(file.problem(claim.draft(), claim.problem()));
                }
            }
            progress.accept(to);
        }
        return new ClaimsCheck(file, source, drafts, claims, problems);
    }

    /** A draft resolved against its source, or the problem that keeps it from being signed. */
    private record Resolved(ClaimDraft draft, Claim claim, ClaimProblem problem) {
    }

    /**
     * This check with one more problem for each claim that the ledger already holds, signed and current, or that
     * the file holds twice.
     */
    ClaimsCheck withDuplicates(SignedClaims signed) {
        List<ClaimsFile.Problem> all = new ArrayList<>(problems);
        Map<SignedClaims.Sameness, ClaimDraft> inFile = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimDraft draft = drafts.get(i);
            SignedClaims.Sameness sameness = SignedClaims.Sameness.of(claims.get(i));
            String field = FieldNames.display(draft.pointer());
            Long signedAs = signed.claimSaying(sameness);
            ClaimDraft earlier = inFile.putIfAbsent(sameness, draft);
            if (signedAs != null) {
                all.add(duplicate(draft, field + ": claim " + signedAs + " already says this (the same quote span "
                        + "and figures, signed and current); to change it use 'claimledger claim correct " + signedAs
                        + "', to sign it again anyway pass --allow-duplicates"));
            } else if (earlier != null) {
                all.add(duplicate(draft, field + ": the same quote span and figures as "
                        + FieldNames.display(earlier.pointer()) + " of this file; remove one, or pass --allow-duplicates"));
            }
        }
        return new ClaimsCheck(file, source, drafts, claims, all);
    }

    private ClaimsFile.Problem duplicate(ClaimDraft draft, String message) {
        return file.problem(draft, Failure.CONFLICT, message);
    }

    /** Fails with the first problem, saying how many more there are, when there is any. */
    void requireNoProblems() throws LedgerException {
        if (problems.isEmpty()) {
            return;
        }
        ClaimsFile.Problem first = problems.get(0);
        int more = problems.size() - 1;
        throw new LedgerException(first.failure(), first.line() + "; nothing was signed" + (more == 0 ? ""
                : " (" + more + " more problem" + (more == 1 ? "" : "s") + ": 'claimledger sign --dry-run' lists every one)"));
    }

    public RegisteredSource source() {
        return source;
    }

    /** How many claims the file holds, of any shape. */
    public int claimCount() {
        return file.claimCount();
    }

    /** How many claims have at least one problem. */
    public int unsignable() {
        return (int) problems.stream().map(ClaimsFile.Problem::claim).distinct().count();
    }

    /** The claims that fit their source, in file order. */
    public List<Claim> claims() {
        return claims;
    }

    /** Every problem, in file order. */
    public List<ClaimsFile.Problem> problems() {
        return problems;
    }
}
