package org.synergraph.query;

import java.util.List;
import org.synergraph.config.Config;
import org.synergraph.extract.EntityType;
import org.synergraph.problem.Problem;

/**
 * Finds entities by any part of any of their names, in Chinese or English; exact name, alias and id hits first,
 * then names that start with the text, then the rest. Answered from the in-memory {@link NameIndex}, not the
 * database. An entity reviewers rejected leaves the hits unless {@code review} is {@code any}.
 */
public final class SearchQuery {
    private static final int MAX_QUERY_LENGTH = 200;
    /** Pages reach at most this many hits (every match is ranked); {@code total} counts up to it. */
    static final int WINDOW = 200;
    private final FreshNameIndex index;
    private final Config.Paging paging;

    public SearchQuery(FreshNameIndex index, Config.Paging paging) {
        this.index = index;
        this.paging = paging;
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
        NameIndex.Found found = index.get().find(text, label, "any".equals(ReviewView.filter(review)), WINDOW);
        List<Hit> shown = found.hits().subList(Math.min(page.offset(), found.hits().size()),
                Math.min(page.offset() + page.limit(), found.hits().size())).stream().map(SearchQuery::hit).toList();
        return new Results(shown, found.hits().size(), found.matched() > WINDOW, page.offset(), page.limit());
    }

    private static Hit hit(NameIndex.Scored s) {
        NameIndex.Entry e = s.entry();
        return new Hit(e.id(), e.type(), e.nameEn(), e.nameZh(), e.aliases(), s.score());
    }

    /** A comma-separated list of entity types, each as {@link #typeLabel} takes it; empty when blank. */
    static List<String> typeLabels(String name, String commaSeparated) {
        List<String> out = NameList.parse(commaSeparated, EntityType.values().length, SearchQuery::typeLabel);
        return out == null ? List.of() : out;
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
