package org.synergraph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/** The entities around one entity, one or two steps out, for the graph canvas. */
public final class NeighbourhoodQuery {
    private final Graph graph;
    private final String cypher;
    private final int maxDepth;
    private final int maxNodes;

    public NeighbourhoodQuery(Graph graph, CypherLibrary library, org.synergraph.config.Config.Bounds bounds) {
        this(graph, library, bounds.maxNeighbourhoodDepth(), bounds.maxNeighbourhoodNodes());
    }

    private NeighbourhoodQuery(Graph graph, CypherLibrary library, int maxDepth, int maxNodes) {
        this.graph = graph;
        this.cypher = library.get("neighbourhood");
        this.maxDepth = Math.min(maxDepth, 2);
        this.maxNodes = maxNodes;
    }

    /** The neighbourhood; {@code depth} (default 1) and {@code limit} (default 150) are checked against the bounds. */
    public GraphView around(String id, Integer depthOrNull, String types, Integer limitOrNull, String review) {
        Ids.check("id", id);
        int depth = depthOrNull == null ? 1 : depthOrNull;
        int limit = limitOrNull == null ? Math.min(150, maxNodes) : limitOrNull;
        if (depth < 1 || depth > maxDepth) {
            throw Problem.badRequest("bad_depth", "depth must be 1 or " + maxDepth + ".");
        }
        if (limit < 1 || limit > maxNodes) {
            throw Problem.badRequest("bad_limit", "limit must be between 1 and " + maxNodes + ".");
        }
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("depth", depth);
        p.put("types", RelationTypes.list("types", types));
        p.put("limit", limit);
        p.put("review", ReviewView.filter(review));
        List<GraphView> views = graph.read(cypher, p, r -> new GraphView(GraphView.nodes(r.get("nodes")),
                GraphView.edges(r.get("edges")), r.get("capped").asBoolean()));
        if (views.isEmpty()) {
            throw Problem.notFound("unknown_entity", "No entity has the id '" + id + "'.");
        }
        return views.get(0);
    }
}
