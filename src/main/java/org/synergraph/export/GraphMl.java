package org.synergraph.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.synergraph.query.EvidenceView;
import org.synergraph.query.ExportQuery;

/**
 * Writes an exported graph as GraphML that strict readers (networkx, Gephi, Cytoscape desktop) open, losing nothing
 * the JSON export has: every entity is a node, edges keep the ids {@code /api/edges/{id}} takes, and every property
 * is an attribute. GraphML has no list type, so lists travel as JSON text in attributes whose names end in
 * {@code _json}; the older flat attributes (labels, aliases, documents, paras, quotes) stay for spreadsheets.
 * Edges carry the dates they were first and last reported, and each piece of evidence its document's date.
 */
public final class GraphMl {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Key<ExportQuery.ExportNode>> NODE_KEYS = List.of(
            key("type", "string", ExportQuery.ExportNode::type),
            key("labels", "string", n -> String.join(";", n.labels())),
            key("labels_json", "string", n -> json(n.labels())),
            key("nameEn", "string", ExportQuery.ExportNode::nameEn),
            key("nameZh", "string", ExportQuery.ExportNode::nameZh),
            key("aliases", "string", n -> String.join("; ", n.aliases())),
            key("aliases_json", "string", n -> json(n.aliases())),
            key("iso3", "string", ExportQuery.ExportNode::iso3),
            key("wikidata", "string", ExportQuery.ExportNode::wikidata),
            key("source", "string", ExportQuery.ExportNode::source),
            key("label", "string", n -> n.nameEn() != null ? n.nameEn() : n.nameZh()));
    private static final List<Key<ExportQuery.ExportEdge>> EDGE_KEYS = List.of(
            key("type", "string", ExportQuery.ExportEdge::type),
            key("status", "string", ExportQuery.ExportEdge::status),
            key("method", "string", ExportQuery.ExportEdge::method),
            key("confidence", "double", e -> text(e.confidence())),
            key("amount", "double", e -> text(e.amount())),
            key("currency", "string", ExportQuery.ExportEdge::currency),
            key("year", "long", e -> text(e.year())),
            key("firstReported", "string", ExportQuery.ExportEdge::firstReported),
            key("lastReported", "string", ExportQuery.ExportEdge::lastReported),
            key("evidenceCount", "int", e -> String.valueOf(e.evidence().size())),
            key("evidence_json", "string", e -> json(evidence(e.evidence()))),
            key("documents", "string", e -> join(e.evidence(), EvidenceView::documentId)),
            key("paras", "string", e -> join(e.evidence(), EvidenceView::para)),
            key("quotes", "string", e -> join(e.evidence(), EvidenceView::quote)));

    private GraphMl() {
    }

    /** One GraphML attribute: its name, GraphML type, and how to read it from an exported node or edge. */
    private record Key<T>(String name, String type, Function<T, String> value) {
    }

    private static <T> Key<T> key(String name, String type, Function<T, String> value) {
        return new Key<>(name, type, value);
    }

    public static String of(ExportQuery.ExportGraph g) {
        StringBuilder x = new StringBuilder(1 << 16);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns")
                .append(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        NODE_KEYS.forEach(k -> declare(x, "node", "n_", k));
        EDGE_KEYS.forEach(k -> declare(x, "edge", "e_", k));
        x.append("  <graph id=\"synergraph\" edgedefault=\"directed\">\n");
        for (ExportQuery.ExportNode n : g.nodes()) {
            x.append("    <node id=\"").append(esc(n.id())).append("\">");
            NODE_KEYS.forEach(k -> data(x, "n_" + k.name(), k.value().apply(n)));
            x.append("</node>\n");
        }
        for (ExportQuery.ExportEdge e : g.edges()) {
            String id = e.id() != null ? e.id() : e.source() + "|" + e.type() + "|" + e.target();
            x.append("    <edge id=\"").append(esc(id)).append("\" source=\"").append(esc(e.source()))
                    .append("\" target=\"").append(esc(e.target())).append("\">");
            EDGE_KEYS.forEach(k -> data(x, "e_" + k.name(), k.value().apply(e)));
            x.append("</edge>\n");
        }
        return x.append("  </graph>\n</graphml>\n").toString();
    }

    private static void declare(StringBuilder x, String domain, String prefix, Key<?> k) {
        x.append("  <key id=\"").append(prefix).append(k.name()).append("\" for=\"").append(domain)
                .append("\" attr.name=\"").append(k.name()).append("\" attr.type=\"").append(k.type()).append("\"");
        if (k.name().endsWith("_json")) {
            x.append("><desc>JSON text: ").append(k.name().startsWith("evidence")
                    ? "an array of {documentId, passageId, para, quote, method, confidence, documentDate}" : "an array of strings")
                    .append("</desc></key>\n");
        } else {
            x.append("/>\n");
        }
    }

    private static void data(StringBuilder x, String key, String value) {
        if (value != null) {
            x.append("<data key=\"").append(key).append("\">").append(esc(value)).append("</data>");
        }
    }

    private static List<Map<String, Object>> evidence(List<EvidenceView> items) {
        List<Map<String, Object>> out = new ArrayList<>(items.size());
        for (EvidenceView ev : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("documentId", ev.documentId());
            m.put("passageId", ev.passageId());
            m.put("para", ev.para());
            m.put("quote", ev.quote());
            m.put("method", ev.method());
            m.put("confidence", ev.confidence());
            m.put("documentDate", ev.documentDate());
            out.add(m);
        }
        return out;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write export attribute as JSON", e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String join(List<EvidenceView> ev, Function<EvidenceView, String> f) {
        return String.join(" | ", ev.stream().map(e -> String.valueOf(f.apply(e))).toList());
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
