package org.synergraph.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.synergraph.graph.CypherFile;
import org.synergraph.graph.Graph;

/** The whole graph as a sorted list of lines (labels, properties, relationship end points): equal graphs, equal snapshots. */
public record GraphSnapshot(int nodes, int relationships, List<String> lines) {

    public static GraphSnapshot of(Graph graph) {
        List<String> lines = new ArrayList<>();
        List<String> nodes = graph.read(cypher("snapshot_nodes"), Map.of(),
                r -> "N " + sorted(r.get("labels").asList(v -> v.asString())) + " " + canonical(r.get("props").asMap()));
        List<String> rels = graph.read(cypher("snapshot_relationships"), Map.of(),
                r -> "R " + r.get("type").asString() + " " + r.get("source").asString("?") + "->"
                        + r.get("target").asString("?") + " " + canonical(r.get("props").asMap()));
        lines.addAll(nodes);
        lines.addAll(rels);
        Collections.sort(lines);
        return new GraphSnapshot(nodes.size(), rels.size(), lines);
    }

    private static String sorted(List<String> labels) {
        List<String> copy = new ArrayList<>(labels);
        Collections.sort(copy);
        return copy.toString();
    }

    private static String canonical(Map<String, Object> props) {
        return new TreeMap<>(props).toString();
    }

    private static String cypher(String name) {
        try (InputStream in = GraphSnapshot.class.getResourceAsStream("/cypher/" + name + ".cypher")) {
            return CypherFile.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)).statement();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
