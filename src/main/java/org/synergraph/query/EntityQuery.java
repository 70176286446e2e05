package org.synergraph.query;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.synergraph.config.Config;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/**
 * An entity's page: its names, its relations grouped by type and direction with each group's count and first page
 * (evidence included), and the first page of the documents that mention it; and the further pages of each.
 */
public final class EntityQuery {
    private final Graph graph;
    private final Config.Paging paging;
    private final String entity;
    private final String groups;
    private final String groupsReviewed;
    private final String firstRelations;
    private final String relationsPage;
    private final String documentsPage;
    private final String documentTitles;

    private final AsOfResolver asOf;

    public EntityQuery(Graph graph, CypherLibrary library, Config.Paging paging, AsOfResolver asOf) {
        this.graph = graph;
        this.asOf = asOf;
        this.paging = paging;
        this.entity = library.get("entity");
        this.groups = library.get("entity_relation_groups");
        this.groupsReviewed = library.get("entity_relation_groups_reviewed");
        this.firstRelations = library.get("entity_relations_first");
        this.relationsPage = library.get("entity_relations_page");
        this.documentsPage = library.get("entity_documents_page");
        this.documentTitles = library.get("document_titles");
    }

    /** All names of an entity. */
    public record EntityDetail(String id, String type, List<String> labels, String nameEn, String nameZh,
                               List<String> aliases, List<String> aliasesEn, List<String> aliasesZh, String iso3,
                               String wikidata, String source) {
    }

    /**
     * One relation seen from the entity. {@code status} is this relation's own status; {@code currentStatus} the
     * latest reported status of the same fact (subject, type, object), whose reports {@code statusHistory} lists
     * oldest first; {@code firstReported} and {@code lastReported} are the dates of its earliest and latest
     * (dated) evidence; {@code validFrom} and {@code validTo} the earliest start and latest end its evidence
     * states for the fact ("2021-2030年", "since 2019"; null when none says).
     */
    public record RelationView(String id, String type, String direction, EntitySummary other, String status,
                               String method, Double confidence, Double amount, String currency, Long year,
                               List<EvidenceView> evidence, ReviewView review, String firstReported,
                               String lastReported, String currentStatus,
                               List<StatusHistory.StatusReport> statusHistory, String validFrom, String validTo) {
    }

    /** A document that mentions the entity, with its date (null when undated). */
    public record DocumentRef(String id, String title, String date, long mentions) {
    }

    /** How many relations of one type and direction the entity has, and how many of them the page shows. */
    public record RelationGroup(String type, String direction, long total, int shown) {
    }

    /**
     * The page: {@code relations} holds the first {@code limit} of every group in {@code relationGroups} (so
     * {@code relations.size()} can be less than {@code relationsTotal}); {@code documents} the first {@code limit}
     * of {@code documentsTotal}.
     */
    public record EntityPage(EntityDetail entity, List<RelationGroup> relationGroups, long relationsTotal,
                             List<RelationView> relations, long documentsTotal, List<DocumentRef> documents,
                             int limit, AsOf asOf) {
    }

    /** One page of one group of relations (or of all of them). */
    public record RelationPage(String type, String direction, long total, int offset, int limit,
                               List<RelationView> relations, AsOf asOf) {
    }

    /** One page of the documents that mention the entity. */
    public record DocumentPage(long total, int offset, int limit, List<DocumentRef> documents) {
    }

    /**
     * The first page of everything about the entity, counting and showing the facts {@code review} keeps and, with
     * {@code asOfText}, only what documents dated by then report.
     */
    public EntityPage page(String id, Integer limit, String review, String asOfText) {
        PageRequest page = PageRequest.of(paging, 0, limit);
        EntityDetail detail = detail(id);
        AsOf when = asOf.resolve(asOfText);
        Map<String, Object> p = new java.util.HashMap<>(Map.of("id", id, "limit", page.limit(), "offset", 0,
                "review", ReviewView.filter(review)));
        p.put("asOf", AsOf.until(when));
        DocumentPage docs = documents(p, page);
        List<RelationView> rels = withTitles(graph.read(firstRelations, p, r -> relation(r, AsOf.until(when))));
        List<RelationGroup> counted = graph.read(groupsFor(p), p, r -> new RelationGroup(r.get("type").asString(),
                r.get("direction").asString(), r.get("total").asLong(),
                (int) Math.min(page.limit(), r.get("total").asLong())));
        long total = counted.stream().mapToLong(RelationGroup::total).sum();
        return new EntityPage(detail, counted, total, rels, docs.total(), docs.documents(), page.limit(), when);
    }

    /** A further page of the entity's relations of one type and direction ({@code type}, {@code direction} null: all). */
    public RelationPage relations(String id, String type, String direction, Integer offset, Integer limit,
                                  String review, String asOfText) {
        PageRequest page = PageRequest.of(paging, offset, limit);
        String t = type == null || type.isBlank() ? null : RelationTypes.one("type", type);
        if (direction != null && !direction.equals("in") && !direction.equals("out")) {
            throw Problem.badRequest("bad_direction", "direction must be in or out.");
        }
        detail(id);
        AsOf when = asOf.resolve(asOfText);
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("asOf", AsOf.until(when));
        p.put("id", id);
        p.put("type", t);
        p.put("direction", direction);
        p.put("offset", page.offset());
        p.put("limit", page.limit());
        p.put("review", ReviewView.filter(review));
        long total = graph.read(groupsFor(p), p, r -> (t == null || t.equals(r.get("type").asString()))
                && (direction == null || direction.equals(r.get("direction").asString()))
                ? r.get("total").asLong() : 0L).stream().mapToLong(Long::longValue).sum();
        List<RelationView> rels = withTitles(graph.read(relationsPage, p, r -> relation(r, AsOf.until(when))));
        return new RelationPage(t, direction, total, page.offset(), page.limit(), rels, when);
    }

    private String groupsFor(Map<String, Object> p) {
        return "any".equals(p.get("review")) && p.get("asOf") == null ? groups : groupsReviewed;
    }

    /** A further page of the documents that mention the entity. */
    public DocumentPage documents(String id, Integer offset, Integer limit) {
        PageRequest page = PageRequest.of(paging, offset, limit);
        detail(id);
        return documents(Map.of("id", id, "offset", page.offset(), "limit", page.limit()), page);
    }

    /** Throws a 404 unless the entity exists; its names when it does. */
    EntityDetail detail(String id) {
        Ids.check("id", id);
        List<EntityDetail> found = graph.read(entity, Map.of("id", id), r -> detail(r.get("entity"), r.get("labels")));
        if (found.isEmpty()) {
            throw Problem.notFound("unknown_entity", "No entity has the id '" + id + "'.");
        }
        return found.get(0);
    }

    private DocumentPage documents(Map<String, Object> p, PageRequest page) {
        return graph.read(documentsPage, p, r -> new DocumentPage(r.get("total").asLong(), page.offset(), page.limit(),
                r.get("documents").asList(d -> new DocumentRef(d.get("id").asString(), d.get("title").asString(null),
                        d.get("date").asString(null), d.get("mentions").asLong())))).stream().findFirst()
                .orElse(new DocumentPage(0, page.offset(), page.limit(), List.of()));
    }

    /** Fills in the titles of the documents the evidence cites, in one lookup. */
    private List<RelationView> withTitles(List<RelationView> rels) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        rels.forEach(r -> r.evidence().forEach(e -> ids.add(e.documentId())));
        if (ids.isEmpty()) {
            return rels;
        }
        Map<String, String> titles = new java.util.HashMap<>();
        graph.read(documentTitles, Map.of("ids", List.copyOf(ids)), r -> titles.put(r.get("id").asString(),
                r.get("title").asString(null)));
        return rels.stream().map(r -> new RelationView(r.id(), r.type(), r.direction(), r.other(), r.status(),
                r.method(), r.confidence(), r.amount(), r.currency(), r.year(), r.evidence().stream()
                .map(e -> e.titled(titles.get(e.documentId()))).toList(), r.review(), r.firstReported(),
                r.lastReported(), r.currentStatus(), r.statusHistory(), r.validFrom(), r.validTo())).toList();
    }

    /** A relation with the evidence reported by {@code until} (every piece when null) and its status history. */
    private static RelationView relation(org.neo4j.driver.Record r, String until) {
        List<EvidenceView> evidence = EvidenceView.zip(r, Map.of()).stream().filter(e -> e.reportedBy(until)).toList();
        List<String> dates = evidence.stream().map(EvidenceView::documentDate).filter(java.util.Objects::nonNull)
                .sorted().toList();
        String status = r.get("status").asString(null);
        StatusHistory.History history = StatusHistory.of(r.get("siblings"), status, until);
        return new RelationView(r.get("id").asString(null), r.get("type").asString(), r.get("direction").asString(),
                EntitySummary.from(r.get("other")), status, r.get("method").asString(null),
                nullableDouble(r.get("confidence")), nullableDouble(r.get("amount")), r.get("currency").asString(null),
                r.get("year").isNull() ? null : r.get("year").asLong(), evidence, ReviewView.from(r::get),
                dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1),
                history.current(), history.reports(), stated(evidence, EvidenceView.StatedTime::validFrom).findFirst()
                        .orElse(null), stated(evidence, EvidenceView.StatedTime::validTo).reduce((a, b) -> b).orElse(null));
    }

    /** One part of the times the evidence states, in order of year. */
    private static java.util.stream.Stream<String> stated(List<EvidenceView> evidence,
                                                          java.util.function.Function<EvidenceView.StatedTime, String> part) {
        return evidence.stream().map(EvidenceView::stated).filter(java.util.Objects::nonNull).map(part)
                .filter(java.util.Objects::nonNull).sorted();
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
