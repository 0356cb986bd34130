package org.claimledger.cli;

/** The environment variables the command line reads, each with the line its commands' help shows for it. */
enum EnvironmentVariable {
    CLAIMLEDGER_LEDGER("The ledger (an H2 file path or a JDBC URL) when --ledger is not given."),
    CLAIMLEDGER_DB_USER("The database user for a JDBC ledger (PostgreSQL)."),
    CLAIMLEDGER_DB_PASSWORD("The database password for a JDBC ledger (PostgreSQL)."),
    CLAIMLEDGER_KEY("Your key file when --key is not given."),
    CLAIMLEDGER_LEDGER_KEY("The ledger key file when --ledger-key is not given."),
    CLAIMLEDGER_PASSPHRASE("A key's passphrase when no --passphrase-file is given (else a prompt that does not echo)."),
    CLAIMLEDGER_STATE("This machine's state directory (what it saw of each ledger, the auditor's pinned keys) when "
            + "--state is not given."),
    HOME("Without --state or $CLAIMLEDGER_STATE, the state directory is .claimledger under it.");

    private final String description;

    EnvironmentVariable(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
