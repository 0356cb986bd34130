package org.claimledger.store;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How long to wait for a ledger that another process holds before giving up, and whom to tell, once, that we
 * are waiting. An embedded H2 file has one writer or any number of readers at a time; PostgreSQL queues writers
 * on the head row by itself, so waiting matters only for H2.
 */
public record LockWait(Duration limit, Consumer<String> notice) {
    /** Fail at once when the ledger is held. */
    public static final LockWait NONE = new LockWait(Duration.ZERO, message -> { });

    public LockWait {
        if (limit.isNegative()) {
            throw new IllegalArgumentException("a wait cannot be negative: " + limit);
        }
    }
}
