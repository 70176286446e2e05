package org.synergraph.query;

import java.util.List;
import java.util.Map;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;

/** The dates the documents carry, earliest first: what the time control slides over and what asOf is checked against. */
public final class CorpusDatesQuery {
    private final Graph graph;
    private final String cypher;

    public CorpusDatesQuery(Graph graph, CypherLibrary library) {
        this.graph = graph;
        this.cypher = library.get("corpus_dates");
    }

    /** One date and how many documents carry it. */
    public record DatedDocuments(String date, long documents) {
    }

    /** The documents' dates, earliest first (and the earliest and latest), and how many documents have none. */
    public record CorpusDates(List<DatedDocuments> dates, String earliest, String latest, long undated) {
    }

    public CorpusDates dates() {
        return graph.read(cypher, Map.of(), r -> {
            List<DatedDocuments> dated = r.get("dates").asList(d -> new DatedDocuments(d.get("date").asString(),
                    d.get("documents").asLong()));
            return new CorpusDates(dated, dated.isEmpty() ? null : dated.get(0).date(),
                    dated.isEmpty() ? null : dated.get(dated.size() - 1).date(), r.get("undated").asLong());
        }).get(0);
    }

    /** The earliest document date, or null when no document is dated. */
    String earliest() {
        return dates().earliest();
    }
}
