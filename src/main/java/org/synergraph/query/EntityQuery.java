package org.synergraph.query;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/** An entity's page: its names, every relation with evidence, and the documents that mention it. */
public final class EntityQuery {
    private final Graph graph;
    private final String entity;
    private final String relations;
    private final String documents;

    public EntityQuery(Graph graph, CypherLibrary library) {
        this.graph = graph;
        this.entity = library.get("entity");
        this.relations = library.get("entity_relations");
        this.documents = library.get("entity_documents");
    }

    /** All names of an entity. */
    public record EntityDetail(String id, String type, List<String> labels, String nameEn, String nameZh,
                               List<String> aliases, List<String> aliasesEn, List<String> aliasesZh, String iso3,
                               String wikidata, String source) {
    }

    /** One relation seen from the entity. */
    public record RelationView(String id, String type, String direction, EntitySummary other, String status,
                               String method, Double confidence, Double amount, String currency, Long year,
                               List<EvidenceView> evidence) {
    }

    /** A document that mentions the entity. */
    public record DocumentRef(String id, String title, long mentions) {
    }

    /** The whole page. */
    public record EntityPage(EntityDetail entity, List<RelationView> relations, List<DocumentRef> documents) {
    }

    public EntityPage page(String id) {
        Ids.check("id", id);
        Map<String, Object> p = Map.of("id", id);
        List<EntityDetail> found = graph.read(entity, p, r -> detail(r.get("entity"), r.get("labels")));
        if (found.isEmpty()) {
            throw Problem.notFound("unknown_entity", "No entity has the id '" + id + "'.");
        }
        List<DocumentRef> docs = graph.read(documents, p, r -> new DocumentRef(r.get("id").asString(),
                r.get("title").asString(null), r.get("mentions").asLong()));
        Map<String, String> titles = new java.util.HashMap<>();
        docs.forEach(d -> titles.put(d.id(), d.title()));
        List<RelationView> rels = graph.read(relations, p, r -> new RelationView(r.get("id").asString(null),
                r.get("type").asString(), r.get("direction").asString(), EntitySummary.from(r.get("other")),
                r.get("status").asString(null), r.get("method").asString(null), nullableDouble(r.get("confidence")),
                nullableDouble(r.get("amount")), r.get("currency").asString(null),
                r.get("year").isNull() ? null : r.get("year").asLong(), EvidenceView.zip(r, titles)));
        return new EntityPage(found.get(0), rels, docs);
    }

    static Double nullableDouble(Value v) {
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static EntityDetail detail(Value e, Value labels) {
        return new EntityDetail(e.get("id").asString(), e.get("type").asString(null), labels.asList(Value::asString),
                e.get("nameEn").asString(null), e.get("nameZh").asString(null), strings(e.get("aliases")),
                strings(e.get("aliasesEn")), strings(e.get("aliasesZh")), e.get("iso3").asString(null),
                e.get("wikidata").asString(null), e.get("source").asString(null));
    }

    static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }
}
