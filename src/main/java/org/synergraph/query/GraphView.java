package org.synergraph.query;

import java.util.List;
import org.neo4j.driver.Value;

/**
 * Nodes and edges ready for a graph canvas; {@code capped} says that some neighbours were left out, {@code asOf}
 * the date the graph is drawn as of (absent: every document counts).
 */
public record GraphView(List<Node> nodes, List<Edge> edges, boolean capped, AsOf asOf) {

    /** A node on the canvas. */
    public record Node(String id, String type, String nameEn, String nameZh, List<String> labels) {
        static Node from(Value v) {
            return new Node(v.get("id").asString(), v.get("type").asString(null), v.get("nameEn").asString(null),
                    v.get("nameZh").asString(null), EntityQuery.strings(v.get("labels")));
        }
    }

    /**
     * An edge on the canvas; its id opens its evidence at /api/edges/{id}. {@code firstReported} and
     * {@code lastReported} are the dates of the earliest and latest documents stating it (null when all are undated).
     */
    public record Edge(String id, String source, String target, String type, String status, String method,
                       Double confidence, long evidenceCount, ReviewView review, String firstReported,
                       String lastReported) {
        static Edge from(Value v) {
            return new Edge(v.get("id").asString(null), v.get("source").asString(), v.get("target").asString(),
                    v.get("type").asString(), v.get("status").asString(null), v.get("method").asString(null),
                    EntityQuery.nullableDouble(v.get("confidence")),
                    v.get("evidenceCount").isNull() ? 0 : v.get("evidenceCount").asLong(), ReviewView.from(v::get),
                    v.get("firstReported").asString(null), v.get("lastReported").asString(null));
        }
    }

    static List<Node> nodes(Value list) {
        return list.asList(Node::from);
    }

    static List<Edge> edges(Value list) {
        return list.asList(Edge::from);
    }
}
