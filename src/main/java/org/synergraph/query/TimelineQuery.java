package org.synergraph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.synergraph.config.Config;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;

/** An entity's facts by date: each piece of evidence of its relations, dated by its document, earliest first. */
public final class TimelineQuery {
    private final Graph graph;
    private final String cypher;
    private final Config.Paging paging;
    private final EntityQuery entities;
    private final AsOfResolver asOf;

    public TimelineQuery(Graph graph, CypherLibrary library, Config.Paging paging, EntityQuery entities,
                         AsOfResolver asOf) {
        this.graph = graph;
        this.cypher = library.get("entity_timeline");
        this.paging = paging;
        this.entities = entities;
        this.asOf = asOf;
    }

    /** One fact as one document reports it; {@code date} is the document's date, null when it is undated. */
    public record Entry(String date, String documentId, String documentTitle, String relationId, String type,
                        String direction, EntitySummary other, String status, String para, String quote) {
    }

    /** One page of the entity's timeline, and how many entries it has in all. */
    public record Timeline(String id, long total, int offset, int limit, List<Entry> entries, AsOf asOf) {
    }

    public Timeline of(String id, Integer offset, Integer limit, String review, String asOfText) {
        PageRequest page = PageRequest.of(paging, offset, limit);
        entities.detail(id);
        AsOf when = asOf.resolve(asOfText);
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("offset", page.offset());
        p.put("limit", page.limit());
        p.put("review", ReviewView.filter(review));
        p.put("asOf", AsOf.until(when));
        return graph.read(cypher, p, r -> new Timeline(id, r.get("total").asLong(), page.offset(), page.limit(),
                r.get("entries").asList(e -> new Entry(e.get("date").asString(null), e.get("documentId").asString(),
                        e.get("documentTitle").asString(null), e.get("relationId").asString(null),
                        e.get("type").asString(), e.get("direction").asString(), EntitySummary.from(e.get("other")),
                        e.get("status").asString(null), e.get("para").asString(null), e.get("quote").asString(null))),
                when)).get(0);
    }
}
