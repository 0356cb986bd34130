package org.claimledger.cli;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.claimledger.failure.Failure;

/** The exit codes, one per kind of outcome, listed in --help. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int VERIFY_FAILED = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 70;
    static final String USAGE_KIND = "usage";
    static final String INTERNAL_KIND = "internal";

    private static final Map<Failure, Integer> CODES = new EnumMap<>(Failure.class);

    static {
        CODES.put(Failure.MALFORMED_INPUT, 3);
        CODES.put(Failure.NOT_IN_SOURCE, 4);
        CODES.put(Failure.FIGURE_MISMATCH, 5);
        CODES.put(Failure.UNREADABLE_INPUT, 6);
        CODES.put(Failure.WRONG_PASSPHRASE, 7);
        CODES.put(Failure.KEY_FILE, 8);
        CODES.put(Failure.KEY_NOT_AUTHORIZED, 9);
        CODES.put(Failure.NOT_A_LEDGER, 10);
        CODES.put(Failure.LEDGER_BUSY, 11);
        CODES.put(Failure.STORAGE, 12);
        CODES.put(Failure.NOT_FOUND, 13);
        CODES.put(Failure.CONFLICT, 14);
        CODES.put(Failure.HOSTILE_FILE, 15);
        CODES.put(Failure.BAD_LOCATION, USAGE);
        CODES.put(Failure.LOST_HISTORY, 16);
        CODES.put(Failure.INCONSISTENT_CHECKPOINT, 17);
        CODES.put(Failure.WRONG_PROOF, 18);
        CODES.put(Failure.INVALID_REQUEST, USAGE);
    }

    private ExitCodes() {
    }

    public static int of(Failure failure) {
        return CODES.get(failure);
    }

    /** The failure's name as JSON errors give it: MALFORMED_INPUT is "malformed-input". */
    static String kind(Failure failure) {
        return failure.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The list shown under "Exit codes:" in --help. */
    static Map<String, String> help() {
        Map<String, String> help = new LinkedHashMap<>();
        help.put("0", "success (verify: nothing is wrong)");
        help.put("1", "verify found a problem");
        help.put("2", "usage: an unknown command or option, a missing or wrong option value, an ambiguous name, a "
                + "ledger location carrying settings");
        help.put("3", "malformed input file (JSON, fields)");
        help.put("4", "quote, figure or attribution not in the source");
        help.put("5", "a figure's value contradicts its text");
        help.put("6", "input file unreadable or not UTF-8");
        help.put("7", "wrong passphrase");
        help.put("8", "key file missing or unreadable");
        help.put("9", "key not enrolled, revoked, or not allowed");
        help.put("10", "not a ledger");
        help.put("11", "ledger in use by another process, still after --wait SECONDS");
        help.put("12", "storage failure");
        help.put("13", "no such entry, claim, source or key");
        help.put("14", "conflicts with what exists: a ledger or key file already there, a bundle folder that is not "
                + "empty, a retracted claim, a correction that changes nothing");
        help.put("15", "the ledger file holds objects ClaimLedger did not create (code): refused unopened");
        help.put("16", "the ledger no longer holds what this machine saw of it (entries lost or replaced)");
        help.put("17", "a witness refused a checkpoint that contradicts the one it cosigned (kept as evidence)");
        help.put("18", "a witness needs the consistency proof from the size it last cosigned (nothing recorded)");
        help.put("70", "internal error (a bug: please report it with --verbose output)");
        return help;
    }
}
