package org.claimledger.cli;

import picocli.CommandLine.Command;

@Command(name = "key", mixinStandardHelpOptions = true, description = "Create, enrol, revoke, rotate and list signing keys.",
        subcommands = {KeyNewCommand.class, KeyEnrollCommand.class, KeyRevokeCommand.class, KeyListCommand.class,
                KeyVkeyCommand.class, KeyRotateCommand.class, KeyRotateLedgerCommand.class})
final class KeyCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "key needs a subcommand: new, enroll, revoke, rotate, rotate-ledger, list, vkey");
    }
}
