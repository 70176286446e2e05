package org.synergraph.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.synergraph.graph.CypherFile;
import org.synergraph.graph.Graph;

/** Counts and a checksum of every label, type and property in the graph, to prove that nothing changed. */
public record GraphFingerprint(long nodes, long relationships, String checksum) {

    public static GraphFingerprint of(Graph graph) {
        List<String> items = new ArrayList<>(graph.read(statement(), Map.of(), r -> r.get("kind").asString() + " "
                + r.get("id").asString() + " " + r.get("tags").asList() + " " + canonical(r.get("props").asMap())));
        long nodes = items.stream().filter(s -> s.startsWith("node ")).count();
        items.sort(null);
        return new GraphFingerprint(nodes, items.size() - nodes, sha256(String.join("\n", items)));
    }

    private static String canonical(Object value) {
        if (value instanceof Map<?, ?> m) {
            TreeMap<String, String> sorted = new TreeMap<>();
            m.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
            return sorted.toString();
        }
        if (value instanceof List<?> l) {
            return l.stream().map(GraphFingerprint::canonical).toList().toString();
        }
        return String.valueOf(value);
    }

    private static String statement() {
        try (InputStream in = GraphFingerprint.class.getResourceAsStream("/support/graph-fingerprint.cypher")) {
            return CypherFile.parse("graph-fingerprint", new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .statement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
