package org.claimledger.cli;

import java.lang.reflect.Constructor;

import picocli.CommandLine;

/** Builds commands with the context passed to their constructor, so no command reaches for globals. */
final class CommandFactory implements CommandLine.IFactory {
    private final CliContext context;

    CommandFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> withContext = type.getDeclaredConstructor(CliContext.class);
            return withContext.newInstance(context);
        } catch (NoSuchMethodException e) {
            // A mixin: made as picocli's own factory makes a class, but without loading picocli's CommandLine (a
            // command line read by PlainArguments needs none of it).
            if (type.isInterface()) {
                return CommandLine.defaultFactory().create(type);
            }
            Constructor<K> plain = type.getDeclaredConstructor();
            plain.setAccessible(true);
            return plain.newInstance();
        }
    }
}
