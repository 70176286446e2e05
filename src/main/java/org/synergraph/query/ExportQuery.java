package org.synergraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/** The whole graph, or the part around some entities, with all evidence: for backups and other tools. */
public final class ExportQuery {
    private final Graph graph;
    private final String nodes;
    private final String edges;
    private final EntityLookup lookup;
    private final int maxIds;
    private final int maxNodes;
    private final int maxDepth;

    private final AsOfResolver asOf;

    public ExportQuery(Graph graph, CypherLibrary library, EntityLookup lookup, int maxIds,
                       org.synergraph.config.Config.Bounds bounds, AsOfResolver asOf) {
        this.graph = graph;
        this.asOf = asOf;
        this.maxDepth = bounds.maxExportDepth();
        this.nodes = library.get("export_nodes");
        this.edges = library.get("export_edges");
        this.lookup = lookup;
        this.maxIds = maxIds;
        this.maxNodes = bounds.maxExportNodes();
    }

    /** An exported entity. */
    public record ExportNode(String id, String type, List<String> labels, String nameEn, String nameZh,
                             List<String> aliases, String iso3, String wikidata, String source) {
    }

    /**
     * An exported relation with its evidence (each dated by its document), and the dates of the earliest and latest
     * documents that state it.
     */
    public record ExportEdge(String id, String source, String target, String type, String status, String method,
                             Double confidence, Double amount, String currency, Long year,
                             List<EvidenceView> evidence, ReviewView review, String firstReported,
                             String lastReported) {
    }

    /** The exported graph, as of {@code asOf} (absent: every document counts). */
    public record ExportGraph(List<ExportNode> nodes, List<ExportEdge> edges, AsOf asOf) {
    }

    /** Exports everything ({@code ids} blank) or the entities within {@code depth} relations of the given ones. */
    public ExportGraph export(String ids, Integer depthOrNull) {
        return export(ids, depthOrNull, null, null);
    }

    /** As {@link #export(String, Integer)}, with the facts {@code review} keeps (default: all but rejected ones). */
    public ExportGraph export(String ids, Integer depthOrNull, String review, String asOfText) {
        String kept = ReviewView.filter(review);
        int depth = depthOrNull == null ? 1 : depthOrNull;
        List<String> seeds = ids == null || ids.isBlank() ? null : Ids.list("ids", ids, 1, maxIds);
        if (depth < 0 || depth > maxDepth) {
            throw Problem.badRequest("bad_depth", "depth must be between 0 and " + maxDepth + ".");
        }
        if (seeds != null) {
            lookup.requireAll(seeds);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("ids", seeds);
        p.put("depth", depth);
        p.put("limit", maxNodes);
        AsOf when = asOf.resolve(asOfText);
        String until = AsOf.until(when);
        List<ExportNode> ns = graph.read(nodes, p, r -> node(r.get("node"), r.get("labels")));
        List<String> nodeIds = new ArrayList<>(ns.size());
        ns.forEach(n -> nodeIds.add(n.id()));
        Map<String, Object> q = new HashMap<>(Map.of("ids", nodeIds, "review", kept));
        q.put("asOf", until);
        List<ExportEdge> es = graph.read(edges, q, r -> edge(r, until));
        return new ExportGraph(ns, es, when);
    }

    /** An edge with the evidence reported by {@code until} (all of it when null), dated by that evidence. */
    private static ExportEdge edge(org.neo4j.driver.Record r, String until) {
        List<EvidenceView> evidence = EvidenceView.zip(r, Map.of()).stream().filter(e -> e.reportedBy(until)).toList();
        List<String> dates = evidence.stream().map(EvidenceView::documentDate).filter(java.util.Objects::nonNull)
                .sorted().toList();
        return new ExportEdge(r.get("id").asString(null), r.get("source").asString(), r.get("target").asString(),
                r.get("type").asString(), r.get("status").asString(null), r.get("method").asString(null),
                EntityQuery.nullableDouble(r.get("confidence")), EntityQuery.nullableDouble(r.get("amount")),
                r.get("currency").asString(null), r.get("year").isNull() ? null : r.get("year").asLong(),
                evidence, ReviewView.from(r::get), dates.isEmpty() ? null : dates.get(0),
                dates.isEmpty() ? null : dates.get(dates.size() - 1));
    }

    private static ExportNode node(Value n, Value labels) {
        return new ExportNode(n.get("id").asString(), n.get("type").asString(null), labels.asList(Value::asString),
                n.get("nameEn").asString(null), n.get("nameZh").asString(null), EntityQuery.strings(n.get("aliases")),
                n.get("iso3").asString(null), n.get("wikidata").asString(null), n.get("source").asString(null));
    }
}
