package org.claimledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README.md read as a script: its fenced blocks in order, each command with the line it starts on and the exit
 * code it is meant to end with. A command is one line, or several joined by a trailing backslash; lines that
 * start with '#' are comments. A command expects exit 0 unless its comment says otherwise, as in
 * {@code ./claimledger verify --source edited.txt  # exit 1: ...}. A block is not run only when the line before
 * its opening fence says why: {@code <!-- not run: REASON -->}.
 */
final class ReadmeScript {
    private static final Pattern NOT_RUN = Pattern.compile("<!--\\s*not run:\\s*(\\S.*?)\\s*-->");
    private static final Pattern EXPECTED_EXIT = Pattern.compile("(?:^|\\s)#\\s*exit\\s+(\\d+)\\b");

    record Command(int line, String text, int expectedExit) {
    }

    /** A fenced block: the line of its opening fence, why it is not run (null when it is), its commands. */
    record Block(int line, String notRunBecause, List<Command> commands) {
        boolean run() {
            return notRunBecause == null;
        }
    }

    private final String fileName;
    private final List<Block> blocks;

    private ReadmeScript(String fileName, List<Block> blocks) {
        this.fileName = fileName;
        this.blocks = blocks;
    }

    static ReadmeScript parse(String markdown, String fileName) {
        String[] lines = markdown.split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        String previous = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.startsWith("```")) {
                if (!line.isBlank()) {
                    previous = line;
                }
                continue;
            }
            int open = i;
            List<String> body = new ArrayList<>();
            for (i++; i < lines.length && !lines[i].startsWith("```"); i++) {
                body.add(lines[i]);
            }
            if (i == lines.length) {
                throw new IllegalArgumentException(fileName + ":" + (open + 1) + ": this code block is never closed");
            }
            Matcher notRun = NOT_RUN.matcher(previous.trim());
            blocks.add(new Block(open + 1, notRun.matches() ? notRun.group(1) : null, commands(body, open + 2, fileName)));
            previous = "";
        }
        return new ReadmeScript(fileName, List.copyOf(blocks));
    }

    private static List<Command> commands(List<String> body, int firstLine, String fileName) {
        List<Command> commands = new ArrayList<>();
        StringBuilder text = null;
        int start = 0;
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            if (text == null) {
                if (line.isBlank() || line.trim().startsWith("#")) {
                    continue;
                }
                text = new StringBuilder();
                start = firstLine + i;
            } else {
                text.append('\n');
            }
            text.append(line);
            if (!line.endsWith("\\")) {
                Matcher exit = EXPECTED_EXIT.matcher(line);
                commands.add(new Command(start, text.toString(), exit.find() ? Integer.parseInt(exit.group(1)) : 0));
                text = null;
            }
        }
        if (text != null) {
            throw new IllegalArgumentException(fileName + ":" + start + ": the command's last line ends with '\\'");
        }
        return commands;
    }

    List<Block> blocks() {
        return blocks;
    }

    /** Every command of the blocks that are run, in order. */
    List<Command> commands() {
        List<Command> commands = new ArrayList<>();
        for (Block block : blocks) {
            if (block.run()) {
                commands.addAll(block.commands());
            }
        }
        return commands;
    }

    /**
     * A bash script that runs every command in order and stops at the first whose exit code is not the one the
     * README expects, saying which line it was (">>> README.md:LINE" before each command's output).
     */
    String bash() {
        StringBuilder script = new StringBuilder("set -o pipefail\n");
        for (Command command : commands()) {
            String where = fileName + ":" + command.line();
            script.append("printf '%s\\n' ").append(quote(">>> " + where + ": " + command.text())).append('\n');
            script.append(command.text()).append('\n');
            script.append("status=$?\n");
            script.append("if [ \"$status\" -ne ").append(command.expectedExit()).append(" ]; then printf '%s\\n' ")
                    .append(quote("!!! " + where + ": exit ")).append("\"$status\"").append(quote(", expected "
                            + command.expectedExit())).append("; exit 99; fi\n");
        }
        return script.toString();
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
