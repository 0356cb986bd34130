package org.claimledger.cli;

import picocli.CommandLine.Command;

@Command(name = "witness", mixinStandardHelpOptions = true, description = {
        "Be a witness to other newsrooms' ledgers (c2sp.org/tlog-witness): cosign a log's checkpoints only while they "
                + "extend the last one cosigned, so that no newsroom can show two auditors two histories.",
        "Newsrooms store the cosignatures with 'claimledger checkpoint cosign --add FILE'; auditors demand them with "
                + "'claimledger verify --witnesses FILE --quorum K'."},
        subcommands = {WitnessNewCommand.class, WitnessCosignCommand.class})
final class WitnessCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "witness needs a subcommand: new, cosign");
    }
}
