package org.synergraph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.synergraph.query.EvidenceView;
import org.synergraph.query.ExportQuery;
import org.synergraph.query.Table;

/**
 * An exported graph's relations as one CSV table: one row per piece of evidence, with both entities' names and the
 * edge's stable id (the one {@code /api/edges/{id}} takes), the date of the document each piece of evidence comes
 * from (empty when undated) and the dates the relation was first and last reported. Entities are in {@link NodeCsv}.
 */
public final class EdgeCsv {
    private static final List<String> COLUMNS = List.of("source", "sourceName", "type", "target", "targetName",
            "status", "method", "confidence", "amount", "currency", "year", "documentId", "para", "quote", "id",
            "passageId", "evidenceMethod", "evidenceConfidence", "documentDate", "firstReported", "lastReported");

    private EdgeCsv() {
    }

    public static String of(ExportQuery.ExportGraph g) {
        Map<String, String> names = new HashMap<>();
        g.nodes().forEach(n -> names.put(n.id(), n.nameEn() != null ? n.nameEn() : n.nameZh()));
        List<List<Object>> rows = new ArrayList<>();
        for (ExportQuery.ExportEdge e : g.edges()) {
            for (EvidenceView ev : e.evidence()) {
                rows.add(java.util.Arrays.asList(e.source(), names.get(e.source()), e.type(), e.target(),
                        names.get(e.target()), e.status(), e.method(), e.confidence(), e.amount(), e.currency(),
                        e.year(), ev.documentId(), ev.para(), ev.quote(), e.id(), ev.passageId(), ev.method(),
                        ev.confidence(), ev.documentDate(), e.firstReported(), e.lastReported()));
            }
        }
        return CsvText.of(new Table(COLUMNS, rows, false));
    }
}
