package org.synergraph.export;

import java.util.List;
import org.synergraph.query.EvidenceView;
import org.synergraph.query.ExportQuery;

/** Writes an exported graph as GraphML that Gephi and Cytoscape desktop open, evidence as edge attributes. */
public final class GraphMl {
    private static final List<String[]> NODE_KEYS = List.of(new String[] {"type", "string"},
            new String[] {"labels", "string"}, new String[] {"nameEn", "string"}, new String[] {"nameZh", "string"},
            new String[] {"aliases", "string"}, new String[] {"iso3", "string"}, new String[] {"label", "string"});
    private static final List<String[]> EDGE_KEYS = List.of(new String[] {"type", "string"},
            new String[] {"status", "string"}, new String[] {"method", "string"}, new String[] {"confidence", "double"},
            new String[] {"evidenceCount", "int"}, new String[] {"documents", "string"},
            new String[] {"paras", "string"}, new String[] {"quotes", "string"});

    private GraphMl() {
    }

    public static String of(ExportQuery.ExportGraph g) {
        StringBuilder x = new StringBuilder(1 << 16);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        NODE_KEYS.forEach(k -> key(x, "node", "n_", k));
        EDGE_KEYS.forEach(k -> key(x, "edge", "e_", k));
        x.append("  <graph id=\"synergraph\" edgedefault=\"directed\">\n");
        for (ExportQuery.ExportNode n : g.nodes()) {
            x.append("    <node id=\"").append(esc(n.id())).append("\">");
            data(x, "n_type", n.type());
            data(x, "n_labels", String.join(";", n.labels()));
            data(x, "n_nameEn", n.nameEn());
            data(x, "n_nameZh", n.nameZh());
            data(x, "n_aliases", String.join("; ", n.aliases()));
            data(x, "n_iso3", n.iso3());
            data(x, "n_label", n.nameEn() != null ? n.nameEn() : n.nameZh());
            x.append("</node>\n");
        }
        int i = 0;
        for (ExportQuery.ExportEdge e : g.edges()) {
            x.append("    <edge id=\"e").append(i++).append("\" source=\"").append(esc(e.source()))
                    .append("\" target=\"").append(esc(e.target())).append("\">");
            data(x, "e_type", e.type());
            data(x, "e_status", e.status());
            data(x, "e_method", e.method());
            data(x, "e_confidence", e.confidence() == null ? null : e.confidence().toString());
            data(x, "e_evidenceCount", String.valueOf(e.evidence().size()));
            data(x, "e_documents", join(e.evidence(), EvidenceView::documentId));
            data(x, "e_paras", join(e.evidence(), EvidenceView::para));
            data(x, "e_quotes", join(e.evidence(), EvidenceView::quote));
            x.append("</edge>\n");
        }
        return x.append("  </graph>\n</graphml>\n").toString();
    }

    private static void key(StringBuilder x, String domain, String prefix, String[] k) {
        x.append("  <key id=\"").append(prefix).append(k[0]).append("\" for=\"").append(domain)
                .append("\" attr.name=\"").append(k[0]).append("\" attr.type=\"").append(k[1]).append("\"/>\n");
    }

    private static void data(StringBuilder x, String key, String value) {
        if (value != null) {
            x.append("<data key=\"").append(key).append("\">").append(esc(value)).append("</data>");
        }
    }

    private static String join(List<EvidenceView> ev, java.util.function.Function<EvidenceView, String> f) {
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
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
