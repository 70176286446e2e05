package org.synergraph.query;

import java.util.List;
import java.util.Map;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/** How two entities are connected: the shortest chains of typed relations between them. */
public final class PathQuery {
    private static final int MAX_LENGTH = 6;
    private final Graph graph;
    private final String cypher;
    private final EntityLookup lookup;

    public PathQuery(Graph graph, CypherLibrary library, EntityLookup lookup) {
        this.graph = graph;
        this.cypher = library.get("paths");
        this.lookup = lookup;
    }

    /** One path: nodes in order and the edges between them. */
    public record Path(List<GraphView.Node> nodes, List<GraphView.Edge> edges, long length) {
    }

    /** All paths found, shortest first. */
    public record Paths(List<Path> paths) {
    }

    public Paths between(String from, String to, int maxLength, int limit) {
        Ids.check("from", from);
        Ids.check("to", to);
        if (maxLength < 1 || maxLength > MAX_LENGTH) {
            throw Problem.badRequest("bad_max_length", "maxLength must be between 1 and " + MAX_LENGTH + ".");
        }
        if (limit < 1 || limit > 50) {
            throw Problem.badRequest("bad_limit", "limit must be between 1 and 50.");
        }
        if (from.equals(to)) {
            throw Problem.badRequest("same_entity", "'from' and 'to' must be different entities.");
        }
        lookup.requireAll(List.of(from, to));
        List<Path> paths = graph.read(cypher, Map.of("from", from, "to", to, "maxLength", maxLength, "limit", limit),
                r -> new Path(GraphView.nodes(r.get("nodes")), GraphView.edges(r.get("edges")),
                        r.get("length").asLong()));
        return new Paths(paths);
    }
}
