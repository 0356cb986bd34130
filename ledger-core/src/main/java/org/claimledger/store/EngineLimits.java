package org.claimledger.store;

/**
 * What H2's engine may load in this process, the second line of defence behind {@link LedgerFileCheck}: should
 * anything planted in a ledger file ever get past the check, H2 loads no class by name but the append-only
 * guard, and (when started by a ClaimLedger launcher, whose Java options leave out the java.compiler module)
 * finds no compiler for Java source.
 */
public final class EngineLimits {
    static final String ALLOWED_CLASSES_PROPERTY = "h2.allowedClasses";
    /** A name, not AppendOnlyTrigger.class: H2's settings are read when its first class loads. */
    static final String ALLOWED_CLASSES = "org.claimledger.store.AppendOnlyTrigger";

    private EngineLimits() {
    }

    /**
     * Limits the classes H2 loads by name to the append-only guard, unless the Java options already say
     * otherwise. H2 reads this once, so it must run before any H2 class is used.
     */
    public static void apply() {
        if (System.getProperty(ALLOWED_CLASSES_PROPERTY) == null) {
            System.setProperty(ALLOWED_CLASSES_PROPERTY, ALLOWED_CLASSES);
        }
    }

    /** Whether this Java runtime has a compiler H2 could compile Java source with (the java.compiler module). */
    public static boolean runtimeCanCompile() {
        return ModuleLayer.boot().findModule("java.compiler").isPresent();
    }
}
