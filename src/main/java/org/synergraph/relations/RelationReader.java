package org.synergraph.relations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.synergraph.config.Resources;
import org.synergraph.corpus.Passage;
import org.synergraph.extract.DocumentTopics;
import org.synergraph.extract.Entity;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.Gazetteer;
import org.synergraph.extract.Mention;
import org.synergraph.extract.Relation;
import org.synergraph.extract.RelationRules;

/**
 * The relation stage of the pipeline: reads a document's passages in order with the construction catalogue of each
 * passage's language (data/constructions/LANG.json). Read as a document, a passage also knows its topic — the body
 * or programme its section heading names, or, for a footnote, the subject of the paragraph citing it — which is
 * who a sentence without a subject of its own, or "该计划", is about.
 */
public final class RelationReader {
    static final String FOLDER = "data/constructions";
    private final Map<String, Language> languages;

    private record Language(ConstructionEngine engine, Anaphora anaphora, MemberLists lists) {
    }

    private RelationReader(Map<String, Language> languages) {
        this.languages = Map.copyOf(languages);
    }

    /** Loads every catalogue of data/constructions; fails at start-up, naming the file, when one is wrong. */
    public static RelationReader load(Resources resources) {
        Map<String, Language> out = new HashMap<>();
        for (String file : resources.list(FOLDER, ".json")) {
            String path = FOLDER + "/" + file;
            Catalogue c = Catalogue.parse(resources.read(path), path);
            out.put(c.language(), new Language(new ConstructionEngine(c, amounts(resources.read(path), path),
                    "en".equals(c.language()) ? 40 : 14), new Anaphora(c), MemberLists.of(c)));
        }
        if (!out.containsKey("zh") || !out.containsKey("en")) {
            throw new IllegalStateException(FOLDER + " must hold a zh and an en catalogue, found " + out.keySet());
        }
        return new RelationReader(out);
    }

    private static Amounts amounts(String json, String path) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            Map<String, String> currencies = new LinkedHashMap<>();
            root.path("currencies").fields().forEachRemaining(f -> currencies.put(f.getKey(), f.getValue().asText()));
            Map<String, Double> scales = new LinkedHashMap<>();
            root.path("scales").fields().forEachRemaining(f -> scales.put(f.getKey(), f.getValue().asDouble()));
            return new Amounts(currencies, scales);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Relations of one passage read on its own, without a topic from its context. */
    public List<Relation> readPassage(Passage passage, List<Mention> mentions, Gazetteer names) {
        return read(passage, mentions, names, null, List.of()).relations();
    }

    /**
     * Relations of a whole document's passages, in order, each read with the topic its context gives it: those
     * the constructions read, merged with those of the first round's rule classes (being retired into the
     * catalogue); the same fact read twice keeps its more confident reading.
     */
    public List<Relation> readDocument(List<Passage> passages, Function<Passage, List<Mention>> mentions,
                                       Gazetteer names) {
        Map<String, Relation> merged = new LinkedHashMap<>();
        List<Passage> prose = passages.stream().filter(RelationReader::isProse).toList();
        for (Relation r : System.getenv("NO_OLD_RULES") != null ? List.<Relation>of() : RelationRules.standard(names).extractDocument(prose, mentions)) {
            merged.put(r.key() + "|" + r.evidence().passageId(), r);
        }
        for (Relation r : readWithConstructions(passages, mentions, names)) {
            merged.merge(r.key() + "|" + r.evidence().passageId(), r,
                    (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        return List.copyOf(merged.values());
    }

    /** Relations of a document read by the construction catalogue alone. */
    public List<Relation> readWithConstructions(List<Passage> passages, Function<Passage, List<Mention>> mentions,
                                         Gazetteer names) {
        List<List<Mention>> before = new ArrayList<>();
        List<Relation> out = new ArrayList<>(DocumentTopics.read(passages, mentions, names, true, (p, ms, topic) -> {
            DocumentTopics.Reading r = read(p, ms, names, topic, before);
            before.add(ms.stream().map(m -> Anaphora.withTail(p.text(), m)).toList());
            return r;
        }));
        Function<String, EntityType> typeOf = id -> names.byId(id).map(Entity::type).orElse(null);
        languages.values().forEach(l -> out.addAll(l.lists().read(passages, mentions, typeOf, null)));
        return out;
    }

    private DocumentTopics.Reading read(Passage p, List<Mention> names, Gazetteer gazetteer, String topic,
                                        List<List<Mention>> before) {
        Language lang = languages.get(languageOf(p.text()));
        Function<String, EntityType> typeOf = id -> gazetteer.byId(id).map(Entity::type).orElse(null);
        List<ConstructionEngine.Sentence> first = lang.engine().sentences(p.text(), names, List.of(), typeOf);
        List<Mention> subjects = first.stream().filter(s -> s.subject() != null)
                .map(s -> s.subject().members().get(0)).toList();
        List<Mention> anaphors = lang.anaphora().resolve(p.text(), names, subjects, before, topic, typeOf);
        List<ConstructionEngine.Sentence> sentences = first;
        if (!anaphors.isEmpty()) {
            List<Mention> all = new ArrayList<>(names);
            all.addAll(anaphors);
            all.sort(java.util.Comparator.comparingInt(Mention::start));
            sentences = lang.engine().sentences(p.text(), all, anaphors, typeOf);
        }
        List<String> fallback = sentences.stream().filter(s -> s.subject() != null).findFirst()
                .map(s -> s.subject().ids()).orElse(topic == null ? List.of() : List.of(topic));
        String own = sentences.isEmpty() || sentences.get(0).subject() == null ? null
                : sentences.get(0).subject().ids().get(0);
        return new DocumentTopics.Reading(lang.engine().read(p, sentences, fallback,
                topic == null ? List.of() : List.of(topic)), own);
    }

    /** A passage none of whose sentences is longer than prose sentences are (the first round's rules need it). */
    private static boolean isProse(Passage p) {
        return org.synergraph.extract.Spans.sentences(p.text()).stream()
                .allMatch(s -> s.end() - s.start() <= ConstructionEngine.MAX_SENTENCE);
    }

    /** "zh" when at least a fifth of the letters are Chinese characters, else "en". */
    static String languageOf(String text) {
        int han = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return letters > 0 && han * 5 >= letters ? "zh" : "en";
    }

}
