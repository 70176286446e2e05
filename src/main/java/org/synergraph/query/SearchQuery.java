package org.synergraph.query;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.synergraph.extract.EntityType;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/** Finds entities by any of their names, in Chinese or English; exact name and alias hits first. */
public final class SearchQuery {
    private static final int MAX_QUERY_LENGTH = 200;
    private final Graph graph;
    private final String fulltext;
    private final String substring;

    public SearchQuery(Graph graph, CypherLibrary library) {
        this.graph = graph;
        this.fulltext = library.get("search");
        this.substring = library.get("search_substring");
    }

    /** One hit. */
    public record Hit(String id, String type, String nameEn, String nameZh, List<String> aliases, double score) {
    }

    /** All hits, best first. */
    public record Results(List<Hit> results) {
    }

    public Results search(String q, String type, int limit) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            throw Problem.badRequest("missing_parameter", "Parameter 'q' is required: a name, alias or abbreviation.");
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw Problem.badRequest("query_too_long", "Search text may be at most " + MAX_QUERY_LENGTH + " characters.");
        }
        if (limit < 1 || limit > 100) {
            throw Problem.badRequest("bad_limit", "limit must be between 1 and 100.");
        }
        String label = type == null || type.isBlank() ? null : typeLabel(type);
        Map<String, Object> params = new HashMap<>();
        params.put("lucene", LuceneText.phraseOrPrefix(text));
        params.put("exact", text.toLowerCase(Locale.ROOT));
        params.put("type", label);
        params.put("limit", limit);
        Map<String, Hit> hits = new LinkedHashMap<>();
        if (LuceneText.hasTerms(text)) {
            graph.read(fulltext, params, this::hit).forEach(h -> hits.putIfAbsent(h.id(), h));
        }
        if (hits.size() < limit) {
            graph.read(substring, params, this::hit).forEach(h -> hits.putIfAbsent(h.id(), h));
        }
        List<Hit> sorted = hits.values().stream()
                .sorted((a, b) -> Double.compare(b.score(), a.score())).limit(limit).toList();
        return new Results(sorted);
    }

    private Hit hit(org.neo4j.driver.Record r) {
        return new Hit(r.get("id").asString(), r.get("type").asString(null), r.get("nameEn").asString(null),
                r.get("nameZh").asString(null),
                r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(v -> v.asString()),
                r.get("score").asDouble());
    }

    static String typeLabel(String type) {
        try {
            return EntityType.fromLabel(type).label();
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("bad_type", e.getMessage());
        }
    }
}
