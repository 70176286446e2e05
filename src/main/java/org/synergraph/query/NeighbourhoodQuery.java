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

    private final AsOfResolver asOf;

    public NeighbourhoodQuery(Graph graph, CypherLibrary library, org.synergraph.config.Config.Bounds bounds,
                              AsOfResolver asOf) {
        this(graph, library, bounds.maxNeighbourhoodDepth(), bounds.maxNeighbourhoodNodes(), asOf);
    }

    private NeighbourhoodQuery(Graph graph, CypherLibrary library, int maxDepth, int maxNodes, AsOfResolver asOf) {
        this.graph = graph;
        this.asOf = asOf;
        this.cypher = library.get("neighbourhood");
        this.maxDepth = Math.min(maxDepth, 2);
        this.maxNodes = maxNodes;
    }

    /**
     * The neighbourhood; {@code depth} (default 1) and {@code limit} (default 150) are checked against the bounds;
     * with {@code asOfText}, only relations reported by documents dated by then.
     */
    public GraphView around(String id, Integer depthOrNull, String types, Integer limitOrNull, String review,
                            String asOfText) {
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
        AsOf when = asOf.resolve(asOfText);
        p.put("asOf", AsOf.until(when));
        List<GraphView> views = graph.read(cypher, p, r -> new GraphView(GraphView.nodes(r.get("nodes")),
                GraphView.edges(r.get("edges")), r.get("capped").asBoolean(), when));
        if (views.isEmpty()) {
            throw Problem.notFound("unknown_entity", "No entity has the id '" + id + "'.");
        }
        return views.get(0);
    }
}
