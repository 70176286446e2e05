package org.synergraph.relations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.synergraph.extract.RelationType;

/**
 * The constructions of one language (data/constructions/LANG.json) with the word lists they share: coordinators,
 * status markers (planned), requests and negations that make a sentence state no fact, and the words before a
 * name that keep it from being the sentence's subject. Patterns are compiled once, at load.
 *
 * <p>Pattern language: {@code {s:actor}} a slot named s taking a group of the given {@link SlotType} ("?" after the
 * type makes it optional); {@code <words>} any word of a named list; {@code {short}}, {@code {gap}}: a few
 * characters of the same clause with no name in them; {@code {adv}}: the same, without a coordinator (so that
 * it cannot reach into a list); {@code {open}}: the opening of a clause, with no name before what follows; {@code {far}}: across commas; {@code {near}}: a few characters of the clause,
 * names included; {@code {any}}: anything up to the sentence's end; {@code {byChain}}: in English, one passive before the one a construction reads ("led by A and supported by B": both are said of the same noun). A construction's {@code unless} names a word
 * list whose words, inside a match, void it. The rest is a Java regular expression.
 */
public final class Catalogue {
    private static final Pattern SLOT = Pattern.compile("\\{([a-z][a-z0-9]*):([a-z]+)(\\?)?}");
    private static final Pattern WORDS = Pattern.compile("<([a-z][a-zA-Z0-9-]*)>");
    /** Where a gap stops: in Chinese at any clause mark; in English, where commas stand inside clauses, not at ","). */
    private static final String CHINESE_CLAUSE_ENDS = "，,：:。；;";
    private static final String ENGLISH_CLAUSE_ENDS = "：:。；;";
    /**
     * A construction that opens with its first argument never takes the agent of a passive or the source of money
     * as that argument: in "the project, financed by the GCF, will be implemented in Peru" the GCF is not the one
     * working in Peru, and in "led by A and supported by B" A is not the one supported.
     */
    private static final String ENGLISH_NOT_AGENT = "(?<!\\bby )(?<!\\bby the )(?<!\\bfrom )(?<!\\bfrom the )";
    private static final String CHINESE_NOT_AGENT = "(?<!由)";
    private static final Pattern OPENING_SLOT = Pattern.compile("^(?:\\(\\?:)?\\{[a-z][a-z0-9]*:");
    private final String language;
    private final List<Construction> constructions;
    private final Map<String, List<String>> words;

    private Catalogue(String language, List<Construction> constructions, Map<String, List<String>> words) {
        this.language = language;
        this.constructions = List.copyOf(constructions);
        this.words = Map.copyOf(words);
    }

    /** Reads one catalogue document; fails naming the construction whose pattern or fields are wrong. */
    public static Catalogue parse(String json, String file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("cannot parse " + file + ": " + e.getMessage(), e);
        }
        String language = root.path("language").asText();
        boolean english = "en".equals(language);
        Map<String, List<String>> words = new HashMap<>();
        root.path("words").fields().forEachRemaining(f -> words.put(f.getKey(), strings(f.getValue())));
        Map<String, Integer> gaps = new HashMap<>(Map.of("adv", 6, "short", 6, "gap", 20, "far", 40, "near", 30));
        root.path("gaps").fields().forEachRemaining(f -> gaps.put(f.getKey(), f.getValue().asInt()));
        List<Construction> out = new ArrayList<>();
        for (JsonNode c : root.path("constructions")) {
            String id = c.path("id").asText();
            try {
                out.add(construction(c, id, words, gaps, english));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + ": construction '" + id + "': " + e.getMessage(), e);
            }
        }
        return new Catalogue(language, out, words);
    }

    private static Construction construction(JsonNode c, String id, Map<String, List<String>> words,
                                             Map<String, Integer> gaps, boolean english) {
        String source = c.path("pattern").asText();
        String regex = (opensWithSlot(source) ? (english ? ENGLISH_NOT_AGENT : CHINESE_NOT_AGENT) : "")
                + compile(source, words, gaps, english ? ENGLISH_CLAUSE_ENDS : CHINESE_CLAUSE_ENDS);
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex, english ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("pattern does not compile: " + e.getDescription(), e);
        }
        String subject = c.path("subject").asText("s");
        String object = c.path("object").asText("o");
        Construction.Pairing pairing = Construction.Pairing.valueOf(c.path("pairing").asText("cross")
                .toUpperCase(java.util.Locale.ROOT));
        for (String slot : pairing == Construction.Pairing.WITHIN ? List.of(object) : List.of(subject, object)) {
            if (slot.equals(Construction.SENTENCE_SUBJECT) && subject.equals(object)) {
                throw new IllegalArgumentException("subject and object cannot both be " + slot);
            }
            if (!slot.equals(Construction.SENTENCE_SUBJECT) && !source.contains("{" + slot + ":")) {
                throw new IllegalArgumentException("slot '" + slot + "' is not in the pattern");
            }
        }
        Pattern unless = null;
        if (c.hasNonNull("unless")) {
            List<String> list = words.get(c.get("unless").asText());
            if (list == null) {
                throw new IllegalArgumentException("no word list '" + c.get("unless").asText() + "' for unless");
            }
            unless = Pattern.compile(alternation(list), english ? Pattern.CASE_INSENSITIVE : 0);
        }
        return new Construction(id, RelationType.parse(c.path("predicate").asText()), pattern, subject, object,
                SlotType.parse(c.path("subjectType").asText("actor")), pairing, Confidence.parse(c.path("confidence").asText("medium")), unless,
                required(source), slotNames(source), requiredSlots(source), c.path("example").asText(""), strings(c.path("expect")));
    }

    private static boolean opensWithSlot(String source) {
        return OPENING_SLOT.matcher(source).find();
    }

    /** The slot names of a construction's pattern, in order. */
    static java.util.Set<String> slotNames(String source) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = SLOT.matcher(source);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** How many slots of a construction's pattern are not marked optional ("{s:actor?}"). */
    static int requiredSlots(String source) {
        int n = 0;
        Matcher m = SLOT.matcher(source);
        while (m.find()) {
            n += m.group(3) == null ? 1 : 0;
        }
        return Math.max(1, n);
    }

    /** The word lists a pattern references outside every bracket: each match holds a word of each. */
    static List<String> required(String source) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '<' && depth == 0) {
                Matcher w = WORDS.matcher(source).region(i, source.length());
                if (w.lookingAt()) {
                    out.add(w.group(1));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Expands slots, word lists and gaps of a construction's pattern into a Java regular expression. */
    static String compile(String source, Map<String, List<String>> words, Map<String, Integer> gaps, String ends) {
        String noGroup = SlotType.anyGroupRange();
        String out = source
                .replace("{open}", "(?:^|[，,；;：:])[^" + noGroup + ends + "]{0," + gaps.get("short") + "}?")
                .replace("{adv}", "[^" + noGroup + ends + "、和及与]{0," + gaps.get("adv") + "}?")
                .replace("{near}", "[^" + ends + "]{0," + gaps.get("near") + "}?")
                .replace("{short}", "[^" + noGroup + ends + "]{0," + gaps.get("short") + "}?")
                .replace("{gap}", "[^" + noGroup + ends + "]{0," + gaps.get("gap") + "}?")
                .replace("{far}", "[^" + noGroup + "。；;]{0," + gaps.get("far") + "}?")
                .replace("{any}", "[^。；;]*?")
                .replace("{byChain}", "(?:(?:which |that )?(?:is |are |was |were )?[a-z-]+ed by (?:the )?[" + noGroup
                        + "],? and )?");
        Matcher w = WORDS.matcher(out);
        StringBuilder words2 = new StringBuilder();
        while (w.find()) {
            List<String> list = words.get(w.group(1));
            if (list == null) {
                throw new IllegalArgumentException("no word list '" + w.group(1) + "'");
            }
            w.appendReplacement(words2, Matcher.quoteReplacement("(?:" + alternation(list) + ")"));
        }
        w.appendTail(words2);
        Matcher slot = SLOT.matcher(words2.toString());
        StringBuilder sb = new StringBuilder();
        while (slot.find()) {
            String cls = SlotType.parse(slot.group(2)).characterClass();
            slot.appendReplacement(sb, Matcher.quoteReplacement("(?<" + slot.group(1) + ">" + cls + ")"
                    + (slot.group(3) != null ? "?" : "")));
        }
        slot.appendTail(sb);
        return sb.toString();
    }

    /**
     * A regex alternation of literal words, as a trie ("合(?:作|办)|协作") so that the matcher picks a branch by
     * its first character instead of trying every word; a longer word is tried before its prefix, so the longest
     * word wins.
     */
    static String alternation(List<String> list) {
        return trie(new java.util.TreeSet<>(list));
    }

    private static String trie(java.util.SortedSet<String> words) {
        Map<Character, java.util.SortedSet<String>> byFirst = new java.util.TreeMap<>();
        boolean empty = false;
        for (String w : words) {
            if (w.isEmpty()) {
                empty = true;
            } else {
                byFirst.computeIfAbsent(w.charAt(0), k -> new java.util.TreeSet<>()).add(w.substring(1));
            }
        }
        List<String> branches = new ArrayList<>();
        byFirst.forEach((c, rest) -> {
            String tail = rest.size() == 1 && rest.first().isEmpty() ? "" : group(trie(rest), rest);
            branches.add(quoteChar(c) + tail);
        });
        String body = String.join("|", branches);
        if (!empty) {
            return body;
        }
        return body.isEmpty() ? "" : "(?:" + body + ")?";
    }

    private static String group(String inner, java.util.SortedSet<String> rest) {
        boolean optional = rest.contains("");
        if (optional) {
            return inner;
        }
        return inner.contains("|") ? "(?:" + inner + ")" : inner;
    }

    private static String quoteChar(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    public String language() {
        return language;
    }

    public List<Construction> constructions() {
        return constructions;
    }

    /** A named word list; empty when the catalogue has none of that name. */
    public List<String> words(String name) {
        return words.getOrDefault(name, List.of());
    }
}
