package org.synergraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.synergraph.corpus.Passage;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;

/**
 * Writes one document's extraction to the graph in a single transaction: first everything an earlier version of
 * the document put there is removed, then the new version is written with batched UNWIND statements. A failure
 * leaves the graph as it was; writing the same extraction twice leaves the same graph.
 */
public final class GraphWriter {
    private static final List<String> STATEMENTS = List.of("write_detach_document", "write_document",
            "write_passages", "write_footnote_links", "write_entities", "write_mentions", "write_relations",
            "write_relation_dates", "write_tidy_entities", "write_delete_document", "entities_exist");
    private final Graph graph;
    private final CypherLibrary library;
    private final GraphRows rows;
    private final WriteHook afterRelations;

    public GraphWriter(Graph graph, CypherLibrary library, GraphRows rows) {
        this(graph, library, rows, WriteHook.NONE);
    }

    /** A writer that runs {@code afterRelations} (replaying judgements) in each document's transaction. */
    public GraphWriter(Graph graph, CypherLibrary library, GraphRows rows, WriteHook afterRelations) {
        this.graph = graph;
        this.library = library.require(STATEMENTS);
        this.rows = rows;
        this.afterRelations = afterRelations;
    }

    /** Counts of what one write put in the graph. */
    public record WriteSummary(String documentId, int passages, int mentions, int relations, int evidence,
                               int newEntities) {
    }

    /** Counts of what one removal took out of the graph; {@code found} is false when there was no such document. */
    public record RemoveSummary(String documentId, boolean found, int passages, int relations, int entities) {
    }

    public WriteSummary write(DocumentExtraction doc, String extractionHash) {
        String id = doc.meta().id();
        List<Map<String, Object>> relationRows = rows.relations(doc);
        int[] newEntities = new int[1];
        graph.write(tx -> {
            List<String> named = new ArrayList<>(doc.entityIds());
            newEntities[0] = named.size() - tx.run(library.get("entities_exist"), Map.of("ids", named)).list().size();
            Set<String> touched = new LinkedHashSet<>(detach(tx, id).entityIds());
            touched.addAll(doc.entityIds());
            run(tx, "write_document", Map.of("doc", rows.document(doc, extractionHash)));
            run(tx, "write_passages", Map.of("documentId", id, "passages", rows.passages(doc)));
            run(tx, "write_footnote_links", Map.of("documentId", id, "links", footnoteLinks(doc)));
            run(tx, "write_entities", Map.of("entities", rows.entities(doc)));
            run(tx, "write_mentions", Map.of("mentions", rows.mentions(doc)));
            run(tx, "write_relations", Map.of("relations", relationRows));
            afterRelations.afterWrite(tx);
            run(tx, "write_relation_dates", Map.of("entityIds", new ArrayList<>(touched)));
            run(tx, "write_tidy_entities", Map.of("entityIds", new ArrayList<>(touched)));
        });
        long facts = relationRows.stream().map(r -> r.get("key")).distinct().count();
        return new WriteSummary(id, doc.passages().size(), doc.mentionCount(), (int) facts, relationRows.size(),
                newEntities[0]);
    }

    /**
     * Removes a document in one transaction: its passages with their mentions, its evidence (and every relation
     * left with none), the Document node, and the entities nothing refers to any more. Other documents' evidence,
     * curated or read by rule, stays as it was.
     */
    public RemoveSummary remove(String documentId) {
        RemoveSummary[] out = new RemoveSummary[1];
        graph.write(tx -> {
            Detached detached = detach(tx, documentId);
            int documents = single(tx, "write_delete_document", Map.of("documentId", documentId), "documents");
            run(tx, "write_relation_dates", Map.of("entityIds", detached.entityIds()));
            int entities = single(tx, "write_tidy_entities", Map.of("entityIds", detached.entityIds()), "removed");
            out[0] = new RemoveSummary(documentId, documents > 0, detached.passages(), detached.relations(),
                    entities);
        });
        return out[0];
    }

    /** What taking an old version's passages and evidence away found. */
    private record Detached(List<String> entityIds, int passages, int relations) {
    }

    private Detached detach(TransactionContext tx, String documentId) {
        var rows = tx.run(library.get("write_detach_document"), Map.of("documentId", documentId)).list();
        if (rows.isEmpty()) {
            return new Detached(List.of(), 0, 0);
        }
        var row = rows.get(0);
        return new Detached(row.get("entityIds").asList(v -> v.asString()), row.get("removedPassages").asInt(),
                row.get("removedRelations").asInt());
    }

    private int single(TransactionContext tx, String name, Map<String, Object> params, String column) {
        return tx.run(library.get(name), params).single().get(column).asInt();
    }

    private void run(TransactionContext tx, String name, Map<String, Object> params) {
        tx.run(library.get(name), params).consume();
    }

    private static List<Map<String, Object>> footnoteLinks(DocumentExtraction doc) {
        Map<String, String> firstByLabel = new HashMap<>();
        for (Passage p : doc.passages()) {
            if (p.kind() != org.synergraph.corpus.PassageKind.FOOTNOTE) {
                firstByLabel.putIfAbsent(p.label(), p.id());
            }
        }
        List<Map<String, Object>> links = new ArrayList<>();
        for (Passage p : doc.passages()) {
            String parent = p.parentLabel() == null ? null : firstByLabel.get(p.parentLabel());
            if (p.kind() == org.synergraph.corpus.PassageKind.FOOTNOTE && parent != null) {
                links.add(Map.of("footnoteId", p.id(), "parentId", parent));
            }
        }
        return links;
    }
}
