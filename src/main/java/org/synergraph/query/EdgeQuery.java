package org.synergraph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/** One relation with all the passages that state it: what a reader sees after clicking an edge. */
public final class EdgeQuery {
    private final Graph graph;
    private final String cypher;

    public EdgeQuery(Graph graph, CypherLibrary library) {
        this.graph = graph;
        this.cypher = library.get("edge");
    }

    /** The edge and its evidence. */
    public record EdgeEvidence(GraphView.Edge edge, Double amount, String currency, Long year,
                               List<EvidenceView> evidence) {
    }

    public EdgeEvidence find(String edgeId) {
        if (edgeId == null || edgeId.isBlank() || edgeId.length() > 400) {
            throw Problem.badRequest("bad_edge_id", "An edge id is the 'id' of an edge from a graph response.");
        }
        List<EdgeEvidence> found = graph.read(cypher, Map.of("id", edgeId), r -> {
            Map<String, String> titles = new HashMap<>();
            r.get("titles").asList(Value::asList).forEach(t -> titles.put(String.valueOf(t.get(0)),
                    t.get(1) == null ? null : String.valueOf(t.get(1))));
            GraphView.Edge edge = new GraphView.Edge(r.get("id").asString(), r.get("source").asString(),
                    r.get("target").asString(), r.get("type").asString(), r.get("status").asString(null),
                    r.get("method").asString(null), EntityQuery.nullableDouble(r.get("confidence")),
                    r.get("evDocs").isNull() ? 0 : r.get("evDocs").size(), ReviewView.from(r::get),
                    r.get("firstReported").asString(null), r.get("lastReported").asString(null));
            return new EdgeEvidence(edge, EntityQuery.nullableDouble(r.get("amount")), r.get("currency").asString(null),
                    r.get("year").isNull() ? null : r.get("year").asLong(), EvidenceView.zip(r, titles));
        });
        if (found.isEmpty()) {
            throw Problem.notFound("unknown_edge", "No relation has the id '" + Ids.abbreviate(edgeId) + "'.");
        }
        return found.get(0);
    }
}
