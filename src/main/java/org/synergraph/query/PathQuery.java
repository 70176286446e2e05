package org.synergraph.query;

import java.util.List;
import java.util.Map;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/**
 * How two entities are connected: chains of typed relations between them, the most informative first
 * ({@link PathRanking}).
 */
public final class PathQuery {
    /**
     * Most paths each of the two searches of paths.cypher (the shortest paths, the shortest over typed organisational
     * links only) hands over for ranking.
     */
    static final int CANDIDATES = 2000;
    private final Graph graph;
    private final String cypher;
    private final String shortest;
    private final EntityLookup lookup;
    private final int maxLength;
    private final int maxPaths;

    private final AsOfResolver asOf;

    public PathQuery(Graph graph, CypherLibrary library, EntityLookup lookup, org.synergraph.config.Config.Bounds bounds,
                     AsOfResolver asOf) {
        this.graph = graph;
        this.asOf = asOf;
        this.maxLength = bounds.maxPathLength();
        this.maxPaths = bounds.maxPaths();
        this.cypher = library.get("paths");
        this.shortest = library.get("paths_shortest");
        this.lookup = lookup;
    }

    /**
     * One path: nodes in order and the edges between them; {@code score} ranks it (lower first), {@code sharedPlaces}
     * are the ids of the countries and regions it only passes through because both neighbours are active there, and
     * {@code reason} says so in a few words.
     */
    public record Path(List<GraphView.Node> nodes, List<GraphView.Edge> edges, long length, int score,
                       List<String> sharedPlaces, String reason) {
        static Path of(List<GraphView.Node> nodes, List<GraphView.Edge> edges, long length) {
            PathRanking.Score s = PathRanking.score(nodes, edges);
            return new Path(nodes, edges, length, s.score(), s.sharedPlaces(), s.reason());
        }
    }

    /**
     * The paths found, most informative first, over the facts reported by {@code asOf} (absent: every document); when
     * there are none, {@code shortestLength} is the length of the shortest path under the same rules (up to 8 steps;
     * absent when there is none that short).
     */
    public record Paths(List<Path> paths, AsOf asOf, Integer shortestLength) {
    }

    /** Paths of at most {@code length} steps (default 4), at most {@code limitOrNull} of them (default 10). */
    public Paths between(String from, String to, Integer length, Integer limitOrNull) {
        return between(from, to, length, limitOrNull, null, null);
    }

    /** As the four-argument form, over the facts {@code review} keeps (default: all but rejected ones). */
    public Paths between(String from, String to, Integer length, Integer limitOrNull, String review, String asOfText) {
        return between(from, to, length, limitOrNull, review, asOfText, null, null);
    }

    /**
     * As the six-argument form, through no entity of the comma-separated {@code excludeNodeTypes} (the two ends
     * excepted) and over no relation of {@code excludeRelationTypes}.
     */
    public Paths between(String from, String to, Integer length, Integer limitOrNull, String review, String asOfText,
                         String excludeNodeTypes, String excludeRelationTypes) {
        String kept = ReviewView.filter(review);
        int maxLength = length == null ? 4 : length;
        int limit = limitOrNull == null ? 10 : limitOrNull;
        Ids.check("from", from);
        Ids.check("to", to);
        if (maxLength < 1 || maxLength > this.maxLength) {
            throw Problem.badRequest("bad_max_length", "maxLength must be between 1 and " + this.maxLength + ".");
        }
        if (limit < 1 || limit > maxPaths) {
            throw Problem.badRequest("bad_limit", "limit must be between 1 and " + maxPaths + ".");
        }
        if (from.equals(to)) {
            throw Problem.badRequest("same_entity", "'from' and 'to' must be different entities.");
        }
        List<String> nodeTypes = SearchQuery.typeLabels("excludeNodeTypes", excludeNodeTypes);
        List<String> relationTypes = RelationTypes.list("excludeRelationTypes", excludeRelationTypes);
        lookup.requireAll(List.of(from, to));
        AsOf when = asOf.resolve(asOfText);
        Map<String, Object> p = new java.util.HashMap<>(Map.of("from", from, "to", to, "maxLength", maxLength,
                "candidates", CANDIDATES, "review", kept, "excludeNodeTypes", nodeTypes,
                "excludeRelationTypes", relationTypes == null ? List.of() : relationTypes));
        p.put("asOf", AsOf.until(when));
        List<Path> paths = graph.read(cypher, p,
                r -> Path.of(GraphView.nodes(r.get("nodes")), GraphView.edges(r.get("edges")), r.get("length").asLong()))
                .stream().sorted(PathRanking.order()).limit(limit).toList();
        Integer shortestLength = null;
        if (paths.isEmpty()) {
            shortestLength = graph.read(shortest, p, r -> r.get("length").asInt()).stream().findFirst().orElse(null);
        }
        return new Paths(paths, when, shortestLength);
    }
}
