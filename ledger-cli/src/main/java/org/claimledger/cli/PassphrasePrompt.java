package org.claimledger.cli;

/** Asks the person at the terminal for a passphrase without echoing it; null when there is no terminal. */
@FunctionalInterface
public interface PassphrasePrompt {
    char[] ask(String prompt);

    static PassphrasePrompt console() {
        return prompt -> System.console() == null ? null : System.console().readPassword("%s", prompt);
    }
}
