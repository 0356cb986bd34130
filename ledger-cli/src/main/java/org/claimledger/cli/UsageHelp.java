package org.claimledger.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * What every command's --help shows besides its options: the build's version, the environment variables the command
 * (and its mixins) read, and the exit codes. Set on the whole tree in one place, so a new command gets them too.
 */
final class UsageHelp {
    static final String ENVIRONMENT_SECTION = "environment";

    private UsageHelp() {
    }

    static void configure(CommandLine commandLine) {
        CommandSpec spec = commandLine.getCommandSpec();
        spec.versionProvider(new VersionProvider());
        UsageMessageSpec usage = spec.usageMessage();
        usage.exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.help());
        Map<String, String> environment = environment(spec);
        if (!environment.isEmpty()) {
            List<String> keys = new ArrayList<>(usage.sectionKeys());
            keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING), ENVIRONMENT_SECTION);
            usage.sectionKeys(keys);
            usage.sectionMap().put(ENVIRONMENT_SECTION, help -> String.format("%nEnvironment:%n")
                    + help.createTextTable(environment).toString());
        }
        for (CommandLine subcommand : commandLine.getSubcommands().values()) {
            configure(subcommand);
        }
    }

    /** The variables the command and its mixins declare with @ReadsEnvironment, in the enum's order. */
    static Map<String, String> environment(CommandSpec spec) {
        Set<EnvironmentVariable> variables = new TreeSet<>();
        collect(spec.userObject(), variables);
        for (CommandSpec mixin : spec.mixins().values()) {
            collect(mixin.userObject(), variables);
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (EnvironmentVariable variable : variables) {
            environment.put(variable.name(), variable.description());
        }
        return environment;
    }

    private static void collect(Object userObject, Set<EnvironmentVariable> into) {
        if (userObject == null) {
            return;
        }
        ReadsEnvironment reads = userObject.getClass().getAnnotation(ReadsEnvironment.class);
        if (reads != null) {
            into.addAll(List.of(reads.value()));
        }
    }
}
