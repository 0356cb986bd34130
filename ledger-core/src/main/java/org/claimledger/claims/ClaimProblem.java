package org.claimledger.claims;

import org.claimledger.failure.Failure;

/** A draft that does not fit its source: which part (by JSON pointer), what is wrong, and how it is classified. */
public final class ClaimProblem extends Exception {
    private final Failure failure;
    private final String pointer;

    public ClaimProblem(Failure failure, String pointer, String message) {
        super(message);
        this.failure = failure;
        this.pointer = pointer;
    }

    public Failure failure() {
        return failure;
    }

    public String pointer() {
        return pointer;
    }
}
