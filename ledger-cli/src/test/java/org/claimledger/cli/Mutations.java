package org.claimledger.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Inputs for fuzz suites: valid files mutated a few edits at a time (so most cases get past the first checks
 * and reach the deep ones), and now and then text or bytes made from nothing. The edits are those that break
 * parsers: flipped bits, deleted and repeated ranges, cut files, swapped lines, and the values that past attacks
 * used (2^53 + 1, 2^64 + 1, a million digits, deep nesting, control characters, byte-order marks).
 */
final class Mutations {
    private static final String[] TOKENS = {
        "9007199254740993", "18446744073709551617", "4294967297", "-1", "0", "-0", "1.0", "1e400", "1E2", "NaN",
        "null", "true", "\"\"", "{}", "[]", "\\u0000", "\\ud800", "\uFEFF", "\u2014 ", "+", "\n", "\r\n", "\n\n",
        "\t", " ", "\"v\": 2", "\"v\":9007199254740993", "\u00e8", "\u00ab\u00bb", "\uD83D\uDCF0", "\u0301", "%",
        "\"span\": {\"start\": 0, \"end\": 999999999999}", "\"occurrence\": 2147483648", "..", "/", "\\", "\u0085",
    };

    private final List<byte[]> corpus;

    Mutations(List<byte[]> corpus) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("a fuzz corpus needs at least one valid input");
        }
        this.corpus = List.copyOf(corpus);
    }

    static Mutations ofText(String... valid) {
        List<byte[]> corpus = new ArrayList<>();
        for (String text : valid) {
            corpus.add(text.getBytes(StandardCharsets.UTF_8));
        }
        return new Mutations(corpus);
    }

    /** Mostly a corpus entry with one to four edits; one case in ten made from nothing. */
    byte[] next(Random random) {
        int roll = random.nextInt(20);
        if (roll == 0) {
            return randomBytes(random);
        }
        if (roll == 1) {
            return randomText(random);
        }
        byte[] input = corpus.get(random.nextInt(corpus.size()));
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            input = edit(input, random);
        }
        return input;
    }

    /** A corpus entry unchanged, for properties that need the valid case too. */
    byte[] original(int index) {
        return corpus.get(index).clone();
    }

    private byte[] edit(byte[] input, Random random) {
        int length = input.length;
        int at = length == 0 ? 0 : random.nextInt(length);
        switch (random.nextInt(12)) {
            case 0 -> {
                if (length == 0) {
                    return input;
                }
                byte[] out = input.clone();
                out[at] ^= (byte) (1 << random.nextInt(8));
                return out;
            }
            case 1 -> {
                if (length == 0) {
                    return input;
                }
                byte[] out = input.clone();
                byte[] interesting = {0, '\n', '\r', '"', '\\', '{', '}', '[', ']', ',', ':', (byte) 0xFF, (byte) 0xC3,
                    (byte) 0x80, '+', '-', '0', '9', ' ', '.'};
                out[at] = interesting[random.nextInt(interesting.length)];
                return out;
            }
            case 2 -> {
                int count = Math.min(length - at, 1 + random.nextInt(random.nextBoolean() ? 8 : 256));
                return splice(input, at, count, new byte[0]);
            }
            case 3 -> {
                byte[] noise = new byte[1 + random.nextInt(8)];
                random.nextBytes(noise);
                return splice(input, at, 0, noise);
            }
            case 4 -> {
                int count = Math.min(length - at, 1 + random.nextInt(64));
                byte[] copy = new byte[count];
                System.arraycopy(input, at, copy, 0, count);
                return splice(input, at, 0, copy);
            }
            case 5 -> {
                return splice(input, at, 0, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            }
            case 6 -> {
                return replaceNumber(input, random);
            }
            case 7 -> {
                return splice(input, at, length - at, new byte[0]);
            }
            case 8 -> {
                byte[] other = corpus.get(random.nextInt(corpus.size()));
                int from = other.length == 0 ? 0 : random.nextInt(other.length);
                byte[] tail = new byte[other.length - from];
                System.arraycopy(other, from, tail, 0, tail.length);
                return splice(input, at, length - at, tail);
            }
            case 9 -> {
                return shuffleLines(input, random);
            }
            case 10 -> {
                return splice(input, at, 0, large(random));
            }
            default -> {
                int count = Math.min(length - at, 1 + random.nextInt(16));
                byte[] noise = new byte[count];
                random.nextBytes(noise);
                return splice(input, at, count, noise);
            }
        }
    }

    /** One of the sizes that exhausted something before: long digit runs, long strings, deep nesting. */
    private static byte[] large(Random random) {
        int size = random.nextBoolean() ? 1_000 + random.nextInt(10_000) : 100_000 + random.nextInt(1_000_000);
        String unit = switch (random.nextInt(4)) {
            case 0 -> "9";
            case 1 -> "A";
            case 2 -> "[";
            default -> "{\"a\":";
        };
        return unit.repeat(Math.max(1, size / unit.length())).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replaceNumber(byte[] input, Random random) {
        List<int[]> numbers = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= input.length; i++) {
            boolean digit = i < input.length && input[i] >= '0' && input[i] <= '9';
            if (digit && start < 0) {
                start = i;
            } else if (!digit && start >= 0) {
                numbers.add(new int[] {start, i});
                start = -1;
            }
        }
        if (numbers.isEmpty()) {
            return input;
        }
        int[] number = numbers.get(random.nextInt(numbers.size()));
        String[] values = {"0", "1", "2", "-1", "9007199254740993", "18446744073709551617", "4294967297",
            "2147483648", "9223372036854775807", "9223372036854775808", "32768.0", "1e3", "00", "65536", "16777216"};
        return splice(input, number[0], number[1] - number[0],
                values[random.nextInt(values.length)].getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] shuffleLines(byte[] input, Random random) {
        String[] lines = new String(input, StandardCharsets.ISO_8859_1).split("\n", -1);
        if (lines.length < 2) {
            return input;
        }
        int a = random.nextInt(lines.length);
        int b = random.nextInt(lines.length);
        switch (random.nextInt(3)) {
            case 0 -> {
                String swap = lines[a];
                lines[a] = lines[b];
                lines[b] = swap;
            }
            case 1 -> lines[a] = lines[b];
            default -> lines[a] = "";
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] splice(byte[] input, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + insert.length);
        out.write(input, 0, at);
        out.write(insert, 0, insert.length);
        out.write(input, at + remove, input.length - at - remove);
        return out.toByteArray();
    }

    static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(1024)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Printable text with the characters formats are made of. */
    static byte[] randomText(Random random) {
        String alphabet = "{}[]\":,0123456789-+.eE \n\\abcvnulltrue\u2014\u00e8/=";
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(512);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
