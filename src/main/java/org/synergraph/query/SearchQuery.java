package org.synergraph.query;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.synergraph.config.Config;
import org.synergraph.extract.EntityType;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/**
 * Finds entities by any of their names, in Chinese or English; exact name and alias hits first. An entity reviewers
 * rejected leaves the hits unless {@code review} is {@code any}.
 */
public final class SearchQuery {
    private static final int MAX_QUERY_LENGTH = 200;
    /** Hits are ranked among at most this many candidates; {@code total} counts up to it. */
    static final int WINDOW = 200;
    private final Graph graph;
    private final Config.Paging paging;
    private final String fulltext;
    private final String substring;

    public SearchQuery(Graph graph, CypherLibrary library, Config.Paging paging) {
        this.graph = graph;
        this.paging = paging;
        this.fulltext = library.get("search");
        this.substring = library.get("search_substring");
    }

    /** One hit. */
    public record Hit(String id, String type, String nameEn, String nameZh, List<String> aliases, double score) {
    }

    /**
     * One page of hits, best first. {@code total} is exact up to {@value #WINDOW}; beyond that it is {@value #WINDOW}
     * and {@code totalCapped} is true (ask a narrower question).
     */
    public record Results(List<Hit> results, int total, boolean totalCapped, int offset, int limit) {
    }

    public Results search(String q, String type, String review, Integer offset, Integer limit) {
        PageRequest page = PageRequest.of(paging, offset, limit, 10, 100);
        if (page.offset() + page.limit() > WINDOW) {
            throw Problem.badRequest("bad_offset", "Search pages reach at most the first " + WINDOW
                    + " hits (offset + limit <= " + WINDOW + "); narrow the search with more text or a type.");
        }
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            throw Problem.badRequest("missing_parameter", "Parameter 'q' is required: a name, alias or abbreviation.");
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw Problem.badRequest("query_too_long", "Search text may be at most " + MAX_QUERY_LENGTH + " characters.");
        }
        String label = type == null || type.isBlank() ? null : typeLabel(type);
        Map<String, Object> params = new HashMap<>();
        params.put("lucene", LuceneText.phraseOrPrefix(text));
        params.put("exact", text.toLowerCase(Locale.ROOT));
        params.put("type", label);
        params.put("limit", WINDOW);
        params.put("review", ReviewView.filter(review));
        Map<String, Hit> hits = new LinkedHashMap<>();
        if (LuceneText.hasTerms(text)) {
            graph.read(fulltext, params, this::hit).forEach(h -> hits.putIfAbsent(h.id(), h));
        }
        if (hits.size() < WINDOW) {
            graph.read(substring, params, this::hit).forEach(h -> hits.putIfAbsent(h.id(), h));
        }
        List<Hit> sorted = hits.values().stream().sorted((a, b) -> Double.compare(b.score(), a.score()))
                .limit(WINDOW).toList();
        List<Hit> shown = sorted.subList(Math.min(page.offset(), sorted.size()),
                Math.min(page.offset() + page.limit(), sorted.size()));
        return new Results(shown, sorted.size(), hits.size() >= WINDOW, page.offset(), page.limit());
    }

    private Hit hit(org.neo4j.driver.Record r) {
        return new Hit(r.get("id").asString(), r.get("type").asString(null), r.get("nameEn").asString(null),
                r.get("nameZh").asString(null),
                r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(v -> v.asString()),
                r.get("score").asDouble());
    }

    /** An entity type exactly as the API documents it (Organisation, Country, …): the spec's enum is the truth. */
    static String typeLabel(String type) {
        String label;
        try {
            label = EntityType.fromLabel(type.strip()).label();
        } catch (IllegalArgumentException e) {
            label = null;
        }
        if (label == null || !label.equals(type.strip())) {
            throw Problem.badRequest("bad_type", "unknown entity type '" + Ids.abbreviate(type)
                    + "' (one of Organisation, Convention, Initiative, Country, Region, spelt so)");
        }
        return label;
    }
}
