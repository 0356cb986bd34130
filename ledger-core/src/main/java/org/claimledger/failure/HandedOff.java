package org.claimledger.failure;

import java.util.concurrent.ExecutionException;

/** Work handed to another thread, awaited here: its failure is thrown on this thread as it was thrown on that one. */
public final class HandedOff {
    private HandedOff() {
    }

    /** A wait for the result of work on another thread, such as {@code future::get}. */
    @FunctionalInterface
    public interface Wait<T> {
        T result() throws InterruptedException, ExecutionException;
    }

    /**
     * The work's result. A LedgerException or unchecked exception it threw is rethrown as it is; an interrupted wait
     * keeps the interrupt and fails with {@code interrupted} (a STORAGE failure: the work's outcome is unknown).
     */
    public static <T> T await(Wait<T> work, String interrupted) throws LedgerException {
        try {
            return work.result();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException(Failure.STORAGE, interrupted);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LedgerException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
