package org.claimledger.cli;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Unmatched;

/**
 * A command's options read straight from its {@code @Option} annotations, without building picocli's model: that
 * model (picocli's reflection over the command and its mixins, and its classes, which a class-data archive cannot
 * hold) took a quarter of a second of every {@code verify}. Only plain arguments are read here: each a known option
 * given once, as {@code --name VALUE} or a flag, with a value that cannot be mistaken for an option, an argument
 * file or a number picocli reads otherwise. Anything else (help, a mistake, {@code --name=VALUE}, an {@code @file},
 * a value out of range) is declined, and picocli parses the whole line again on a fresh command, so every usage
 * error and help text is picocli's own. A command opts in by implementing {@link Plain}.
 */
final class PlainArguments {
    /** The value picocli's annotations carry for "no default value". */
    private static final String NO_DEFAULT = "__no_default_value__";
    /** Integers written the one way every reader agrees on (picocli also reads 0x10, 010 and +1). */
    private static final Pattern PLAIN_INTEGER = Pattern.compile("0|[1-9][0-9]{0,8}");

    /** The attributes of {@code @Option} that change how picocli reads its arguments, all of which must be unset. */
    private static final List<String> PARSING_ATTRIBUTES = List.of("required", "help", "usageHelp", "versionHelp",
            "arity", "type", "converter", "split", "interactive", "negatable", "fallbackValue", "mapFallbackValue",
            "parameterConsumer", "preprocessor");

    /**
     * A command that may be parsed and run without picocli when its arguments are plain. Its call() runs without
     * picocli's model: its {@code @Spec} fields are unset, so a usage error it would raise must be foreseen by
     * {@link #consistent()} instead.
     */
    interface Plain extends Callable<Integer> {
        /**
         * False when the options, each well formed, still make a usage error together that picocli should word
         * (one option excluding another, say); the line is then parsed by picocli.
         */
        boolean consistent();
    }

    /** One option: where its value goes, and whether it takes one. */
    private record Target(Object owner, AccessibleObject member, Class<?> type, String defaultValue) {
        boolean flag() {
            return type == boolean.class || type == Boolean.class;
        }
    }

    private PlainArguments() {
    }

    /**
     * The command {@code args[0]} names, made by the factory with its options set from the rest of the arguments; or
     * null when the command does not opt in, or the arguments are not plain (picocli then parses them).
     */
    static Plain parse(CommandFactory factory, String... args) throws Exception {
        Class<?> type = args.length == 0 ? null : CommandTree.named(args[0]);
        if (type == null || !Plain.class.isAssignableFrom(type) || type.getAnnotation(Command.class).subcommands().length > 0) {
            return null;
        }
        Plain command = (Plain) factory.create(type);
        Map<String, Target> options = new HashMap<>();
        if (!collect(command, factory, options) || !inherited(options)) {
            return null;
        }
        // Identity, not the records' equals: a record's first hashCode makes Java generate classes at start-up.
        Set<Target> given = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 1; i < args.length; i++) {
            Target target = options.get(args[i]);
            if (target == null || !given.add(target)) {
                return null;
            }
            if (target.owner() == null) {
                continue;
            }
            if (target.flag()) {
                set(target, true);
                continue;
            }
            if (i + 1 == args.length) {
                return null;
            }
            Object value = value(target.type(), args[++i]);
            if (value == null || !set(target, value)) {
                return null;
            }
        }
        Set<Target> defaulted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Target target : options.values()) {
            // An option of several names is in the map once per name: its default is set once.
            if (!given.contains(target) && target.defaultValue() != null && defaulted.add(target)) {
                Object value = value(target.type(), target.defaultValue());
                if (value == null || !set(target, value)) {
                    return null;
                }
            }
        }
        return command.consistent() ? command : null;
    }

    /** Collects the options of one object and its mixins; false when any needs more than plain reading. */
    private static boolean collect(Object owner, CommandFactory factory, Map<String, Target> into) throws Exception {
        for (Field field : owner.getClass().getDeclaredFields()) {
            if (field.isAnnotationPresent(Parameters.class) || field.isAnnotationPresent(ArgGroup.class)
                    || field.isAnnotationPresent(Unmatched.class)) {
                return false;
            }
            if (field.isAnnotationPresent(Mixin.class)) {
                Object mixin = factory.create(field.getType());
                field.setAccessible(true);
                field.set(owner, mixin);
                if (!collect(mixin, factory, into)) {
                    return false;
                }
            }
            Option option = field.getAnnotation(Option.class);
            if (option != null && !add(option, new Target(owner, field, field.getType(), defaultValue(option)), into)) {
                return false;
            }
        }
        for (Method method : owner.getClass().getDeclaredMethods()) {
            if (method.isAnnotationPresent(Parameters.class) || method.isAnnotationPresent(Mixin.class)) {
                return false;
            }
            Option option = method.getAnnotation(Option.class);
            if (option != null && (method.getParameterCount() != 1
                    || !add(option, new Target(owner, method, method.getParameterTypes()[0], defaultValue(option)), into))) {
                return false;
            }
        }
        return true;
    }

    /** The root command's inherited options: flags, accepted and left to the root (which reads them from the line). */
    private static boolean inherited(Map<String, Target> into) {
        for (Field field : ClaimLedgerCommand.class.getDeclaredFields()) {
            Option option = field.getAnnotation(Option.class);
            if (option != null && option.scope() == ScopeType.INHERIT
                    && !add(option, new Target(null, field, field.getType(), null), into)) {
                return false;
            }
        }
        return true;
    }

    private static boolean add(Option option, Target target, Map<String, Target> into) {
        boolean plain = asDeclaredByDefault(option)
                && (target.defaultValue() == null || !target.defaultValue().contains("${"))
                && (target.flag() ? target.defaultValue() == null
                        : target.type() == String.class || target.type() == int.class || target.type() == Integer.class);
        if (!plain) {
            return false;
        }
        for (String name : option.names()) {
            if (!name.startsWith("-") || into.putIfAbsent(name, target) != null) {
                return false;
            }
        }
        return true;
    }

    /** Whether every attribute that changes how picocli reads the option's arguments is left at its default. */
    private static boolean asDeclaredByDefault(Option option) {
        for (String attribute : PARSING_ATTRIBUTES) {
            try {
                Method method = Option.class.getMethod(attribute);
                if (!Objects.deepEquals(method.invoke(option), method.getDefaultValue())) {
                    return false;
                }
            } catch (ReflectiveOperationException unknown) {
                return false;
            }
        }
        return true;
    }

    private static String defaultValue(Option option) {
        return NO_DEFAULT.equals(option.defaultValue()) ? null : option.defaultValue();
    }

    /** The value as the option's type, or null when picocli might read it otherwise (or take it for an option). */
    private static Object value(Class<?> type, String text) {
        if (text.startsWith("-") || text.startsWith("@")) {
            return null;
        }
        if (type == String.class) {
            return text;
        }
        return PLAIN_INTEGER.matcher(text).matches() ? Integer.valueOf(text) : null;
    }

    /** Sets a field or calls a setter; false when a setter refuses the value (picocli then words the refusal). */
    private static boolean set(Target target, Object value) throws Exception {
        target.member().setAccessible(true);
        if (target.member() instanceof Field field) {
            field.set(target.owner(), value);
            return true;
        }
        try {
            ((Method) target.member()).invoke(target.owner(), value);
            return true;
        } catch (InvocationTargetException refused) {
            return false;
        }
    }
}
