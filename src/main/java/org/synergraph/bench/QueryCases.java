package org.synergraph.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.synergraph.config.Resources;
import org.synergraph.query.ReportCatalog;

/**
 * The read-side questions the benchmark asks, each mirroring exactly what the API's query class sends to Neo4j
 * (same statements from the CypherLibrary, same parameters, same order). Search is the exception: the API answers
 * it from its in-memory name index, and the driver side runs the database search it replaced (cypher/bench), so
 * the ratio says what the index saves per keystroke.
 */
final class QueryCases {
    static final String SEARCH_TEXT = "RECSOIL";
    static final String REPORT = "countries_by_initiatives";
    private static final int SEARCH_LIMIT = 10;
    private static final int GRAPH_LIMIT = 150;
    private static final int PATH_MAX_LENGTH = 4;
    /** As PathQuery.CANDIDATES: most paths each search of paths.cypher hands over for ranking. */
    private static final int PATH_CANDIDATES = 2000;

    private QueryCases() {
    }

    /** The review filter the API applies when a request names none: every fact but the rejected ones. */
    private static final String REVIEW = "unrejected";

    /** The cases for a graph whose busiest initiatives are {@code busiest} (at least 5). */
    static List<QueryCase> all(List<String> busiest, ReportCatalog reports, Resources resources) {
        String top = busiest.get(0);
        List<String> three = busiest.subList(0, 3);
        List<String> five = busiest.subList(0, 5);
        List<QueryCase> cases = new ArrayList<>();
        String fulltext = BenchCypher.statement(resources, "search");
        String substring = BenchCypher.statement(resources, "search_substring");
        cases.add(new QueryCase("search", "/api/search?q=" + enc(SEARCH_TEXT),
                c -> databaseSearch(c, fulltext, substring)));
        cases.add(new QueryCase("entity page", "/api/entities/" + enc(top), c -> {
            Map<String, Object> p = Map.of("id", top);
            return c.read(c.query("entity"), p).size() + c.read(c.query("entity_documents"), p).size()
                    + c.read(c.query("entity_relations"), p).size();
        }));
        for (int depth = 1; depth <= 2; depth++) {
            int d = depth;
            cases.add(new QueryCase("neighbourhood depth " + d, "/api/entities/" + enc(top) + "/graph?depth=" + d,
                    c -> {
                        Map<String, Object> p = new HashMap<>();
                        p.put("id", top);
                        p.put("depth", d);
                        p.put("types", null);
                        p.put("limit", GRAPH_LIMIT);
                        p.put("review", REVIEW);
                        p.put("asOf", null);
                        return c.read(c.query("neighbourhood"), p).size();
                    }));
        }
        String to = busiest.get(4);
        cases.add(new QueryCase("shortest path", "/api/paths?from=" + enc(top) + "&to=" + enc(to), c ->
                c.read(c.query("entities_exist"), Map.of("ids", List.of(top, to))).size()
                        + c.read(c.query("paths"), everyDate(Map.of("from", top, "to", to, "maxLength",
                        PATH_MAX_LENGTH, "candidates", PATH_CANDIDATES, "review", REVIEW,
                        "excludeNodeTypes", List.of(), "excludeRelationTypes", List.of()))).size()));
        cases.add(new QueryCase("shared activity (3 inputs)", "/api/shared?ids=" + enc(String.join(",", three)), c ->
                c.read(c.query("entities_exist"), Map.of("ids", three)).size()
                        + c.read(c.query("shared"), everyDate(Map.of("ids", three, "min", three.size(),
                        "target", "Country", "via", "ACTIVE_IN", "status", "active", "review", REVIEW))).size()));
        cases.add(new QueryCase("overlap (5 inputs)", "/api/overlap?ids=" + enc(String.join(",", five)), c ->
                c.read(c.query("entities_exist"), Map.of("ids", five)).size()
                        + c.read(c.query("overlap"), everyDate(Map.of("ids", five, "target", "Country",
                        "via", "ACTIVE_IN", "status", "any", "review", REVIEW))).size()));
        ReportCatalog.Report report = reports.list().reports().stream().filter(r -> r.name().equals(REPORT))
                .findFirst().orElseThrow(() -> new IllegalStateException("no report " + REPORT));
        Map<String, Object> reportParams = new HashMap<>();
        report.params().forEach(p -> reportParams.put(p.name(), p.value(null)));
        reportParams.put(ReportCatalog.AS_OF, null);
        cases.add(new QueryCase("report " + REPORT, "/api/reports/" + REPORT,
                c -> c.read(report.statement(), reportParams).size()));
        return cases;
    }

    /** The parameters with asOf absent, as the API sends them when a request names no date: every document counts. */
    private static Map<String, Object> everyDate(Map<String, Object> params) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("asOf", null);
        return p;
    }

    /** As SearchQuery did it before the name index: full-text first, then the substring scan if that found too few. */
    private static int databaseSearch(QueryCase.DirectCypher c, String fulltext, String substring) {
        Map<String, Object> p = new HashMap<>();
        p.put("lucene", LuceneText.phraseOrPrefix(SEARCH_TEXT));
        p.put("exact", SEARCH_TEXT.toLowerCase(Locale.ROOT));
        p.put("type", null);
        p.put("limit", SEARCH_LIMIT);
        p.put("review", REVIEW);
        int found = LuceneText.hasTerms(SEARCH_TEXT) ? c.read(fulltext, p).size() : 0;
        if (found < SEARCH_LIMIT) {
            found += c.read(substring, p).size();
        }
        return found;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
