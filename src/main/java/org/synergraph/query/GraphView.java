package org.synergraph.query;

import java.util.List;
import org.neo4j.driver.Value;

/** Nodes and edges ready for a graph canvas; {@code capped} says that some neighbours were left out. */
public record GraphView(List<Node> nodes, List<Edge> edges, boolean capped) {

    /** A node on the canvas. */
    public record Node(String id, String type, String nameEn, String nameZh, List<String> labels) {
        static Node from(Value v) {
            return new Node(v.get("id").asString(), v.get("type").asString(null), v.get("nameEn").asString(null),
                    v.get("nameZh").asString(null), EntityQuery.strings(v.get("labels")));
        }
    }

    /** An edge on the canvas; its id opens its evidence at /api/edges/{id}. */
    public record Edge(String id, String source, String target, String type, String status, String method,
                       Double confidence, long evidenceCount, ReviewView review) {
        static Edge from(Value v) {
            return new Edge(v.get("id").asString(null), v.get("source").asString(), v.get("target").asString(),
                    v.get("type").asString(), v.get("status").asString(null), v.get("method").asString(null),
                    EntityQuery.nullableDouble(v.get("confidence")),
                    v.get("evidenceCount").isNull() ? 0 : v.get("evidenceCount").asLong(), ReviewView.from(v::get));
        }
    }

    static List<Node> nodes(Value list) {
        return list.asList(Node::from);
    }

    static List<Edge> edges(Value list) {
        return list.asList(Edge::from);
    }
}
