package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The arguments PlainArguments reads without picocli are read exactly as picocli reads them: for random command lines,
 * whatever it accepts picocli accepts too, with the same value in every option of the command and its mixins; and
 * what picocli refuses (or answers with help) it declines, so picocli words the refusal.
 */
class PlainArgumentsFuzzTest {
    /** Option names of verify (and their near misses), and values plain and otherwise. */
    private static final List<String> NAMES = List.of("--ledger", "--state", "--wait", "--trust", "--bundle",
            "--checkpoint", "--witnesses", "--quorum", "--source", "--source-id", "--json", "--verbose", "--help", "-h",
            "-V", "--version", "--jso", "--trust=t.vkey", "--wait=5", "--", "-x", "--ledger=", "--LEDGER");
    private static final List<String> VALUES = List.of("ledger.mv.db", "t.vkey", "", "a b", "verify", "0", "1", "30",
            "86400", "86401", "999999999", "9999999999", "0x10", "010", "+1", "-1", "@args.txt", "-", "ü/ledger",
            "jdbc:h2:file:/x;IFEXISTS=TRUE", "--json");

    @TempDir
    Path dir;

    private CommandFactory factory() {
        return new CommandFactory(new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Map.of("HOME", dir.toString()), Clock.systemUTC(), dir, prompt -> null));
    }

    @Test
    void whatIsReadWithoutPicocli_picocliReadsTheSame_andWhatPicocliRefusesIsDeclined() {
        Fuzz.run("plain-arguments", Fuzz.cases(1_000), PlainArgumentsFuzzTest::line, (input, random) -> {
            String[] args = new String(input, StandardCharsets.UTF_8).split("\0", -1);
            PlainArguments.Plain plain = PlainArguments.parse(factory(), args);
            CommandLine tree = CommandTree.forArguments(factory(), args);
            CommandLine.ParseResult parsed;
            try {
                parsed = tree.parseArgs(args);
            } catch (CommandLine.ParameterException refused) {
                Fuzz.expect(plain == null, "picocli refuses " + Arrays.toString(args) + " (" + refused.getMessage()
                        + ") but it was read without picocli");
                return;
            }
            if (plain == null) {
                return;
            }
            Fuzz.expect(!parsed.isUsageHelpRequested() && !parsed.subcommand().isUsageHelpRequested()
                    && !parsed.subcommand().isVersionHelpRequested(), "help was asked for: " + Arrays.toString(args));
            Object byPicocli = tree.getSubcommands().get("verify").getCommand();
            Fuzz.expect(((VerifyCommand) byPicocli).consistent(), "a line picocli's command refuses to run");
            List<String> differences = new ArrayList<>();
            compare("verify", byPicocli, plain, differences);
            Fuzz.expect(differences.isEmpty(), Arrays.toString(args) + " read differently: " + differences);
        });
    }

    @Test
    void plainLines_areRead_andTheRestDeclined() throws Exception {
        VerifyCommand read = assertInstanceOf(VerifyCommand.class, PlainArguments.parse(factory(), "verify", "--ledger",
                "l.mv.db", "--trust", "t.vkey", "--wait", "0", "--quorum", "2", "--json", "--verbose"));
        assertEquals("l.mv.db", read.ledger.ledger);
        assertEquals("t.vkey", read.trust);
        assertEquals(2, read.witnesses.quorum);
        assertTrue(read.json);
        assertNotNull(PlainArguments.parse(factory(), "verify"));
        for (String[] declined : List.of(new String[] {"verify", "--help"}, new String[] {"verify", "--trust=t.vkey"},
                new String[] {"verify", "--wait", "0x10"}, new String[] {"verify", "--wait", "86401"},
                new String[] {"verify", "@args.txt"}, new String[] {"verify", "--trust", "a", "--trust", "b"},
                new String[] {"verify", "--trust"}, new String[] {"verify", "--ledger", "l", "--bundle", "b"},
                new String[] {"--verbose", "verify"}, new String[] {"log"}, new String[] {"key", "list"})) {
            assertNull(PlainArguments.parse(factory(), declined), Arrays.toString(declined));
        }
    }

    /** Every field of the two objects alike; mixins compared field by field, picocli's own model left out. */
    private static void compare(String path, Object expected, Object actual, List<String> differences)
            throws IllegalAccessException {
        for (Field field : expected.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.getType().getName().startsWith("picocli.")
                    || field.getType() == CliContext.class) {
                continue;
            }
            field.setAccessible(true);
            Object want = field.get(expected);
            Object got = field.get(actual);
            if (field.isAnnotationPresent(CommandLine.Mixin.class)) {
                compare(path + "." + field.getName(), want, got, differences);
            } else if (!java.util.Objects.equals(want, got)) {
                differences.add(path + "." + field.getName() + ": picocli " + want + ", plain " + got);
            }
        }
    }

    /** "verify" and up to eight names and values, NUL-separated; most names are followed by a value. */
    private static byte[] line(Random random) {
        List<String> args = new ArrayList<>(List.of("verify"));
        int count = random.nextInt(9);
        for (int i = 0; i < count; i++) {
            String name = random.nextInt(6) == 0 ? VALUES.get(random.nextInt(VALUES.size()))
                    : NAMES.get(random.nextInt(NAMES.size()));
            args.add(name);
            if (random.nextInt(4) != 0 && !name.equals("--json") && !name.equals("--verbose")) {
                args.add(VALUES.get(random.nextInt(VALUES.size())));
            }
        }
        return String.join("\0", args).getBytes(StandardCharsets.UTF_8);
    }
}
