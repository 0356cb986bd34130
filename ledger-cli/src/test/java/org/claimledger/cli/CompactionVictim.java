package org.claimledger.cli;

import org.claimledger.store.LedgerCompaction;
import org.claimledger.store.LedgerLocation;
import org.claimledger.store.LockWait;

/**
 * Run in a separate JVM by CompactCommandTest: compacts a ledger and, at the step named (SNAPSHOT once the snapshot
 * is open, a {@link LedgerCompaction.Step} as it begins, REPLACED once the file is replaced), prints "at STEP" and
 * waits to be killed; with a trailing "!" it prints and goes on, so the kill lands inside the step's work.
 */
public final class CompactionVictim {
    private CompactionVictim() {
    }

    public static void main(String[] args) throws Exception {
        String step = args[1];
        try (LedgerCompaction compaction = LedgerCompaction.begin(LedgerLocation.of(args[0]), LockWait.NONE)) {
            reached("SNAPSHOT", step);
            compaction.compact(at -> reached(at.name(), step));
            reached("REPLACED", step);
        }
        System.out.println("finished before " + step);
    }

    private static void reached(String here, String step) {
        if (!step.startsWith(here) || step.length() > here.length() + 1) {
            return;
        }
        System.out.println("at " + step);
        System.out.flush();
        if (step.endsWith("!")) {
            return;
        }
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
