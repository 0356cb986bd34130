package org.claimledger.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A person at the terminal who types the given answers in order, and what they were asked. */
final class ScriptedPrompt implements PassphrasePrompt {
    private final Deque<String> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();

    ScriptedPrompt(String... answers) {
        this.answers.addAll(List.of(answers));
    }

    @Override
    public char[] ask(String prompt) {
        asked.add(prompt);
        if (answers.isEmpty()) {
            throw new AssertionError("asked once more than expected: " + asked);
        }
        return answers.removeFirst().toCharArray();
    }

    List<String> asked() {
        return asked;
    }
}
