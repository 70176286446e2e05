package org.synergraph.query;

import java.util.List;
import java.util.Map;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/** How two entities are connected: the shortest chains of typed relations between them. */
public final class PathQuery {
    private final Graph graph;
    private final String cypher;
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
        this.lookup = lookup;
    }

    /** One path: nodes in order and the edges between them. */
    public record Path(List<GraphView.Node> nodes, List<GraphView.Edge> edges, long length) {
    }

    /** All paths found, shortest first, over the facts reported by {@code asOf} (absent: every document). */
    public record Paths(List<Path> paths, AsOf asOf) {
    }

    /** Paths of at most {@code length} steps (default 4), at most {@code limitOrNull} of them (default 10). */
    public Paths between(String from, String to, Integer length, Integer limitOrNull) {
        return between(from, to, length, limitOrNull, null, null);
    }

    /** As the four-argument form, over the facts {@code review} keeps (default: all but rejected ones). */
    public Paths between(String from, String to, Integer length, Integer limitOrNull, String review, String asOfText) {
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
        lookup.requireAll(List.of(from, to));
        AsOf when = asOf.resolve(asOfText);
        Map<String, Object> p = new java.util.HashMap<>(Map.of("from", from, "to", to, "maxLength", maxLength,
                "limit", limit, "review", kept));
        p.put("asOf", AsOf.until(when));
        List<Path> paths = graph.read(cypher, p,
                r -> new Path(GraphView.nodes(r.get("nodes")), GraphView.edges(r.get("edges")),
                        r.get("length").asLong()));
        return new Paths(paths, when);
    }
}
