package org.claimledger.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.claimledger.model.Language;

/**
 * The reporting verbs of a language, read by lemma from {@code cues-it.txt} and {@code cues-en.txt} (beside this class)
 * and inflected here, so that a cue is recognised in any form a news report writes it ("spiega", "spiegò",
 * "ha spiegato", "è stata spiegata", "spiegando"; "warns", "warned", "has warned", "warning") without anyone listing
 * the forms. Irregular forms are given in the file, keyed by tense; a multi-word cue ("lanciare l'allarme", "point
 * out") inflects its first word.
 */
final class CueLexicon {
    private static final CueLexicon ITALIAN = read(Language.IT);
    private static final CueLexicon ENGLISH = read(Language.EN);

    /** Forms that report on their own, with a subject: "spiega", "disse", "warns", "said". */
    private final Set<String> finite = new TreeSet<>();
    /** Forms after an auxiliary: "ha detto", "è stata confermata", "has warned", "was confirmed". */
    private final Set<String> participles = new TreeSet<>();
    /** Participles that report only with their agent: "i dati pubblicati dall'Agenas" (not "ha pubblicato"). */
    private final Set<String> agentParticiples = new TreeSet<>();
    /** "spiegando", "saying": a cue whose subject is the clause's. */
    private final Set<String> gerunds = new TreeSet<>();
    /** The -s forms of English cues whose plural noun is spelled the same ("pledges", "warnings" is not one). */
    private final Set<String> nounLikeThirdPerson = new TreeSet<>();
    /** The lemma of every form, for tests and for telling a cue's lemma. */
    private final Map<String, String> lemmas = new HashMap<>();

    private CueLexicon() {
    }

    static CueLexicon of(Language language) {
        return language == Language.IT ? ITALIAN : ENGLISH;
    }

    /**
     * "pledges", "records", "blames": the third-person forms the lexicon does not read as cues, because the plural
     * noun is spelled the same; a headline's subject and object tell the verb ({@code AttributionFinder}).
     */
    Set<String> nounLikeThirdPerson() {
        return nounLikeThirdPerson;
    }

    Set<String> finite() {
        return finite;
    }

    Set<String> participles() {
        return participles;
    }

    Set<String> agentParticiples() {
        return agentParticiples;
    }

    Set<String> gerunds() {
        return gerunds;
    }

    /** The lemma a form was generated from ("dicono" gives "dire"), or null for a form not in the lexicon. */
    String lemmaOf(String form) {
        return lemmas.get(form.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    private static CueLexicon read(Language language) {
        String name = "cues-" + language.code() + ".txt";
        CueLexicon lexicon = new CueLexicon();
        try (InputStream in = CueLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the cue lexicon " + name + " is missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lexicon.add(language, entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lexicon;
    }

    private void add(Language language, String entry) {
        int bar = entry.indexOf('|');
        String[] words = (bar < 0 ? entry : entry.substring(0, bar)).strip().split("\\s+");
        Map<String, String> given = new TreeMap<>();
        boolean flag = false;
        boolean plural = false;
        for (String option : bar < 0 ? new String[0] : entry.substring(bar + 1).strip().split("\\s+")) {
            int equals = option.indexOf('=');
            if (equals > 0) {
                given.put(option.substring(0, equals), option.substring(equals + 1));
            } else {
                flag |= option.equals("noun") || option.equals("nouns") || option.equals("+isc");
                // "participle" is read by italian()
                plural |= option.equals("nouns");
            }
        }
        String lemma = words[0];
        String rest = words.length > 1 ? " " + String.join(" ", List.of(words).subList(1, words.length)) : "";
        if (entry.substring(0, bar < 0 ? entry.length() : bar).contains("+isc")) {
            flag = true;
            rest = rest.replace(" +isc", "");
        }
        String label = lemma + rest;
        if (language == Language.IT) {
            boolean participleOnly = bar >= 0 && List.of(entry.substring(bar + 1).strip().split("\\s+")).contains("participle");
            italian(lemma, rest, given, flag && !participleOnly, participleOnly, label);
        } else {
            english(lemma, rest, given, flag, plural, label);
        }
    }

    /** Third-person present, passato remoto and imperfect; the participle in four forms; the gerund. */
    private void italian(String infinitive, String rest, Map<String, String> given, boolean isc,
            boolean participleOnly, String label) {
        String lemma = infinitive.endsWith("rsi") ? infinitive.substring(0, infinitive.length() - 2) + "e" : infinitive;
        String stem = lemma.substring(0, lemma.length() - 3);
        String ending = lemma.substring(lemma.length() - 3);
        List<String> present;
        List<String> remote;
        List<String> imperfect;
        String participle;
        String gerund;
        switch (ending) {
            case "are" -> {
                present = List.of(stem + "a", stem + "ano");
                remote = List.of(stem + "ò", stem + "arono");
                imperfect = List.of(stem + "ava", stem + "avano");
                participle = stem + "ato";
                gerund = stem + "ando";
            }
            case "ere" -> {
                present = List.of(stem + "e", stem + "ono");
                remote = List.of(stem + "é", stem + "erono");
                imperfect = List.of(stem + "eva", stem + "evano");
                participle = stem + "uto";
                gerund = stem + "endo";
            }
            case "ire" -> {
                present = isc ? List.of(stem + "isce", stem + "iscono") : List.of(stem + "e", stem + "ono");
                remote = List.of(stem + "ì", stem + "irono");
                imperfect = List.of(stem + "iva", stem + "ivano");
                participle = stem + "ito";
                gerund = stem + "endo";
            }
            case "rre" -> {
                // "proporre", "porre": every tense is given in the file
                if (!given.keySet().containsAll(List.of("p3", "r3", "i3", "pp", "g"))) {
                    throw new IllegalStateException("cues-it.txt: '" + infinitive + "' needs p3= r3= i3= pp= g=");
                }
                present = List.of();
                remote = List.of();
                imperfect = List.of();
                participle = "";
                gerund = "";
            }
            default -> throw new IllegalStateException("cues-it.txt: '" + infinitive + "' is not an infinitive");
        }
        present = forms(given.get("p3"), present);
        remote = forms(given.get("r3"), remote);
        imperfect = forms(given.get("i3"), imperfect);
        participle = given.getOrDefault("pp", participle);
        gerund = given.getOrDefault("g", gerund);
        for (String form : participleOnly ? List.<String>of() : concat(present, remote, imperfect)) {
            put(finite, form + rest, label);
        }
        String participleStem = participle.substring(0, participle.length() - 1);
        for (String gender : List.of("o", "a", "i", "e")) {
            put(participleOnly ? agentParticiples : participles, participleStem + gender + rest, label);
        }
        put(gerunds, gerund + rest, label);
    }

    /**
     * Base form and -s form (unless they are read as a common noun), past, past participle and -ing, the regular ones
     * from {@link EnglishInflections}; a given past that doubles the last consonant ("quipped") doubles it in the -ing
     * form too ("quipping").
     */
    private void english(String base, String rest, Map<String, String> given, boolean noun, boolean plural,
            String label) {
        List<String> regular = EnglishInflections.of(base);
        String past = given.getOrDefault("past", regular.get(2));
        String participle = given.getOrDefault("participle", past);
        char last = base.charAt(base.length() - 1);
        String gerund = past.equals(base + last + "ed") ? base + last + "ing" : regular.get(3);
        if (!noun) {
            put(finite, base + rest, label);
        }
        put(plural ? nounLikeThirdPerson : finite, regular.get(1) + rest, label);
        put(finite, past + rest, label);
        put(participles, participle + rest, label);
        put(gerunds, gerund + rest, label);
    }

    private static List<String> forms(String given, List<String> generated) {
        return given == null ? generated : List.of(given.split(","));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private void put(Set<String> into, String form, String lemma) {
        into.add(form);
        lemmas.putIfAbsent(form, lemma);
    }

    /**
     * A regular expression that matches any of the forms, as a trie of alternatives ("a(?:ffermato|ggiunto)"), so that
     * a matcher tries a few letters at each position instead of every form; spaces match any white space and
     * apostrophes either apostrophe.
     */
    static String alternation(Collection<String> forms) {
        Node root = new Node();
        for (String form : forms) {
            Node node = root;
            for (char c : form.toCharArray()) {
                node = node.children.computeIfAbsent(c, k -> new Node());
            }
            node.terminal = true;
        }
        return "(?:" + root.regex() + ")";
    }

    private static final class Node {
        private final TreeMap<Character, Node> children = new TreeMap<>();
        private boolean terminal;

        String regex() {
            List<String> branches = new ArrayList<>();
            for (Map.Entry<Character, Node> child : children.entrySet()) {
                branches.add(literal(child.getKey()) + child.getValue().regex());
            }
            if (branches.isEmpty()) {
                return "";
            }
            String alternatives = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
            if (!terminal) {
                return alternatives;
            }
            return (branches.size() == 1 ? "(?:" + alternatives + ")" : alternatives) + "?";
        }

        private static String literal(char c) {
            if (c == ' ') {
                return "\\s+";
            }
            if (c == '\'' || c == '’') {
                return "['’]";
            }
            return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
        }
    }
}
