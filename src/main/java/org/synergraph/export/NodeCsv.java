package org.synergraph.export;

import java.util.ArrayList;
import java.util.List;
import org.synergraph.query.ExportQuery;
import org.synergraph.query.Table;

/** An exported graph's entities as one CSV table, one row per entity, isolated ones included. */
public final class NodeCsv {
    private static final List<String> COLUMNS = List.of("id", "type", "labels", "nameEn", "nameZh", "aliases", "iso3",
            "wikidata", "source");

    private NodeCsv() {
    }

    public static String of(ExportQuery.ExportGraph g) {
        List<List<Object>> rows = new ArrayList<>(g.nodes().size());
        for (ExportQuery.ExportNode n : g.nodes()) {
            rows.add(java.util.Arrays.asList(n.id(), n.type(), n.labels(), n.nameEn(), n.nameZh(), n.aliases(),
                    n.iso3(), n.wikidata(), n.source()));
        }
        return CsvText.of(new Table(COLUMNS, rows, false));
    }
}
