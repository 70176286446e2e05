package org.synergraph.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synergraph.config.Resources;
import org.synergraph.extract.EntityType;

/**
 * The language of discovery for one language (data/discovery/zh.json or en.json): head words and their types,
 * where a name cannot start, what is refused, how long a name can be, and an example sentence per construction.
 *
 * @param language      "zh" or "en"
 * @param maxLength     most characters a name may have; a longer run is a sentence fragment
 * @param maxWords      most words of an English name (0 for Chinese)
 * @param minModifier   fewest characters (zh) or words (en) before the head word
 * @param minModifierAfterCoordinator fewest characters before the head when the left edge is a coordinator (和, 及)
 * @param headWords     head word to the type it gives, longest first
 * @param titleHeads    the heads a 《title》 must end with to be an entity, with their types
 * @param nameOpeners   words a Chinese name without acronym or place may start with (国际, 全球, 联合国 …)
 * @param nationalHeads head words of a national body (局, 研究所, "Institute" …): a country before them makes partOf
 * @param boundaryCharacters characters a name never crosses
 * @param categoryMarkers left stops after which a phrase is a kind, not a name (A和B等国际组织)
 * @param coordinators  left stops that may also join words inside a name (so the modifier after them must be long)
 * @param leftStops     words a name cannot start after (verbs, prepositions, function words), longest first
 * @param connectors    lower-case words allowed inside an English name (of, for, and …)
 * @param genericStarts first words or characters of a generic phrase (各, 本, 该, 相关 …)
 * @param genericWords  English words that alone make no name ("Member", "Regional" …)
 * @param refusedWords  words that make a phrase an event, a document or a common noun (会议, 报告, Session …)
 * @param refusedAfter  words right after a head that make it a verb or an event's modifier (组织了, …网络研讨会)
 * @param blocked       whole phrases that are never names (成员国, 合作机制, "Steering Committee" …)
 * @param yearNames     the "International Year of X" construction
 * @param examples      one example sentence per construction and per refusal, read by a unit test
 * @param compounds     fixed phrases joined by a coordinator that names keep whole (粮食和农业, 亚洲及太平洋)
 * @param codeNameNouns lower-case programme words after a code name ("the PREFOREST project", "PREFOREST 项目")
 * @param meetingCodes  codes of meetings that a code name may not be (COP, SBSTTA …), with their numbers
 * @param initiativeWords last words that make a name defined by its initials an initiative (Plan, Strategy …)
 * @param openerPatterns openings a Chinese name may start with besides the name openers, as patterns (a
 *                       province: "江苏省")
 * @param organWords    the kinds of organ a meeting report names alone (起草委员会, "Drafting Committee"): the organs of
 *                       its meeting body
 * @param quotedNameHeads in Chinese, the head words that make a quotation before them a name (“X”计划)
 * @param complementOpeners in English, the words after a head that open its complement, which is part of the name
 *                       ("Panel on Forests", "Commission for Food and Agriculture")
 */
public record DiscoveryCatalogue(String language, int maxLength, int maxWords, int minModifier,
                                 int minModifierAfterCoordinator, Map<String, EntityType> headWords,
                                 Map<String, EntityType> titleHeads, List<String> nameOpeners,
                                 Set<String> nationalHeads, String boundaryCharacters,
                                 List<String> categoryMarkers, List<String> coordinators, List<String> leftStops, List<String> connectors,
                                 List<String> genericStarts, Set<String> genericWords, List<String> refusedWords,
                                 List<String> refusedAfter, Set<String> blocked, YearNames yearNames, List<Example> examples,
                                 List<String> compounds, List<String> codeNameNouns, List<String> meetingCodes,
                                 Set<String> initiativeWords, List<Pattern> openerPatterns,
                                 List<String> complementOpeners, List<String> organWords,
                                 List<String> quotedNameHeads) {

    /** "国际X年" / "International Year of X": the words around X, the longest X, the type, and what X may not hold. */
    public record YearNames(String before, String after, int maxInner, EntityType type, List<String> refusedInner) {
    }

    /** A sentence and the names discovery must find in it (none for a refusal). */
    public record Example(String construction, String sentence, List<String> names, List<String> acronyms,
                          String partOf) {
    }

    public static DiscoveryCatalogue load(Resources resources, String language) {
        String file = "data/discovery/" + language + ".json";
        try {
            return parse(new ObjectMapper().readTree(resources.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static DiscoveryCatalogue parse(JsonNode root) {
        JsonNode year = root.path("yearNames");
        List<Example> examples = new ArrayList<>();
        root.path("examples").forEach(e -> examples.add(new Example(e.path("construction").asText(),
                e.path("sentence").asText(), strings(e.path("names")), strings(e.path("acronyms")),
                e.hasNonNull("partOf") ? e.get("partOf").asText() : null)));
        return new DiscoveryCatalogue(root.path("language").asText(), root.path("maxLength").asInt(20),
                root.path("maxWords").asInt(0), root.path("minModifier").asInt(2),
                root.path("minModifierAfterCoordinator").asInt(root.path("minModifier").asInt(2)),
                typed(root.path("headWords")), typed(root.path("titleHeads")),
                longestFirst(strings(root.path("nameOpeners"))), Set.copyOf(strings(root.path("nationalHeads"))),
                root.path("boundaryCharacters").asText(""), strings(root.path("categoryMarkers")), longestFirst(strings(root.path("coordinators"))),
                longestFirst(strings(root.path("leftStops"))), strings(root.path("connectors")),
                longestFirst(strings(root.path("genericStarts"))), Set.copyOf(strings(root.path("genericWords"))),
                strings(root.path("refusedWords")), strings(root.path("refusedAfter")), Set.copyOf(strings(root.path("blocked"))),
                year.isMissingNode() ? null : new YearNames(year.path("before").asText(), year.path("after").asText(),
                        year.path("maxInner").asInt(10), EntityType.fromLabel(year.path("type").asText()),
                        strings(year.path("refusedInner"))),
                List.copyOf(examples), strings(root.path("compounds")), strings(root.path("codeNameNouns")),
                strings(root.path("meetingCodes")),
                Set.copyOf(strings(root.path("initiativeWords"))),
                strings(root.path("nameOpenerPatterns")).stream().map(Pattern::compile).toList(),
                strings(root.path("complementOpeners")), strings(root.path("organWords")),
                strings(root.path("quotedNameHeads")));
    }

    private static Map<String, EntityType> typed(JsonNode byType) {
        Map<String, EntityType> out = new LinkedHashMap<>();
        byType.fields().forEachRemaining(f -> strings(f.getValue()).forEach(
                w -> out.put(w, EntityType.fromLabel(f.getKey()))));
        Map<String, EntityType> sorted = new LinkedHashMap<>();
        out.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(w -> sorted.put(w, out.get(w)));
        return sorted;
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static List<String> strings(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    boolean isBoundary(char c) {
        return boundaryCharacters.indexOf(c) >= 0 || Character.isWhitespace(c);
    }

    /** The left stop that ends at {@code end} in the text, longest first, or null. */
    String stopEndingAt(String text, int end) {
        for (String w : leftStops) {
            if (end >= w.length() && text.startsWith(w, end - w.length())) {
                return w;
            }
        }
        return null;
    }

    /** The name opener a phrase starts with, or null. */
    String openerOf(String phrase) {
        String word = nameOpeners.stream().filter(phrase::startsWith).findFirst().orElse(null);
        if (word != null) {
            return word;
        }
        for (Pattern p : openerPatterns) {
            Matcher m = p.matcher(phrase);
            if (m.lookingAt() && m.end() < phrase.length()) {
                return m.group();
            }
        }
        return null;
    }

    boolean refuses(String phrase) {
        return blocked.contains(phrase) || refusedWords.stream().anyMatch(phrase::contains);
    }
}
