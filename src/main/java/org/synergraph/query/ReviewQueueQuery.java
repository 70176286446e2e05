package org.synergraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;
import org.synergraph.config.Config;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;
import org.synergraph.review.Judgement;
import org.synergraph.review.JudgementReplay;
import org.synergraph.review.Merges;

/**
 * The review queue: facts that are unreviewed, accepted or rejected, what most needs a human first, with their
 * evidence in context; or the orphaned judgements, decisions whose fact the graph no longer holds.
 */
public final class ReviewQueueQuery {
    private final Graph graph;
    private final Config.Paging paging;
    private final String queue;
    private final String judgements;
    private final String existing;

    public ReviewQueueQuery(Graph graph, CypherLibrary library, Config.Paging paging) {
        this.graph = graph;
        this.paging = paging;
        this.queue = library.get("review_queue");
        this.judgements = library.get("review_judgements");
        this.existing = library.get("review_existing_keys");
    }

    /** One end of a fact: the entity, with where its name came from (gazetteer or discovered). */
    public record End(String id, String type, String nameEn, String nameZh, String origin) {
        static End from(Value v) {
            return new End(v.get("id").asString(), v.get("type").asString(null), v.get("nameEn").asString(null),
                    v.get("nameZh").asString(null), v.get("origin").asString(null));
        }
    }

    /** One place a fact is stated, with the whole passage the quote comes from. */
    public record Evidence(String documentId, String passageId, String para, String quote, String method,
                           Double confidence, String passageText) {
    }

    /** A fact to review; an orphaned one carries what its judgement says and no evidence. */
    public record Item(String id, String type, String status, String method, Double confidence, End subject,
                       End object, List<Evidence> evidence, ReviewView review, String decision) {
    }

    /** One page of the queue. */
    public record Page(String state, long total, int offset, int limit, List<Item> items) {
    }

    public Page page(String state, String type, String document, Double minConfidence, Double maxConfidence,
                     Integer offset, Integer limit) {
        String s = state == null || state.isBlank() ? "unreviewed" : state;
        if (!List.of("unreviewed", "accepted", "rejected", "orphaned").contains(s)) {
            throw Problem.badRequest("bad_state", "state must be unreviewed, accepted, rejected or orphaned.");
        }
        double min = minConfidence == null ? 0.0 : minConfidence;
        double max = maxConfidence == null ? 1.0 : maxConfidence;
        if (min < 0 || max > 1 || min > max) {
            throw Problem.badRequest("bad_confidence", "minConfidence and maxConfidence are between 0 and 1,"
                    + " minConfidence not above maxConfidence.");
        }
        String t = type == null || type.isBlank() ? null : RelationTypes.one("type", type);
        String d = document == null || document.isBlank() ? null : document;
        if (d != null && d.length() > 200) {
            throw Problem.badRequest("bad_document", "document is a document id of at most 200 characters.");
        }
        PageRequest page = PageRequest.of(paging, offset, limit);
        if (s.equals("orphaned")) {
            return orphaned(t, page);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("state", s);
        p.put("type", t);
        p.put("document", d);
        p.put("minConfidence", min);
        p.put("maxConfidence", max);
        p.put("offset", page.offset());
        p.put("limit", page.limit());
        return graph.read(queue, p, r -> new Page(s, r.get("total").asLong(), page.offset(), page.limit(),
                r.get("items").asList(ReviewQueueQuery::item))).get(0);
    }

    private static Item item(Value v) {
        List<String> docs = v.get("evDocs").asList(Value::asString);
        List<Evidence> ev = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            ev.add(new Evidence(docs.get(i), text(v.get("evPassages"), i), text(v.get("evParas"), i),
                    text(v.get("evQuotes"), i), text(v.get("evMethods"), i),
                    v.get("evConfidences").get(i).isNull() ? null : v.get("evConfidences").get(i).asDouble(),
                    text(v.get("passageTexts"), i)));
        }
        return new Item(v.get("id").asString(), v.get("type").asString(), v.get("status").asString(null),
                v.get("method").asString(null), EntityQuery.nullableDouble(v.get("confidence")),
                End.from(v.get("subject")), End.from(v.get("object")), ev, ReviewView.from(v::get), null);
    }

    private static String text(Value list, int i) {
        return list == null || list.isNull() || i >= list.size() || list.get(i).isNull() ? null : list.get(i).asString();
    }

    /** The latest decision on each fact whose relation the graph does not hold (any more). */
    private Page orphaned(String type, PageRequest page) {
        List<Judgement> all = graph.read(judgements, Map.of(), r -> Judgement.from(r.get("judgement").asMap()));
        Merges merges = Merges.of(all);
        Map<String, Judgement> latest = new java.util.LinkedHashMap<>(JudgementReplay.latestByFact(all, merges));
        latest.values().removeIf(j -> type != null && !type.equals(j.predicate()));
        List<Map<String, Object>> rows = new ArrayList<>();
        latest.forEach((key, j) -> rows.add(Map.of("subjectId", merges.resolve(j.subject()), "key", key)));
        Set<String> held = new HashSet<>(graph.read(existing, Map.of("rows", rows), r -> r.get("key").asString()));
        List<Item> items = new ArrayList<>();
        latest.forEach((key, j) -> {
            if (!held.contains(key)) {
                List<Evidence> ev = j.quote() == null ? List.of()
                        : List.of(new Evidence(j.documentId(), null, j.para(), j.quote(), "curated", 1.0, null));
                items.add(new Item(key, j.predicate(), j.status(), null, null,
                        new End(merges.resolve(j.subject()), null, null, null, null),
                        new End(merges.resolve(j.object()), null, null, null, null), ev,
                        new ReviewView("orphaned", j.curator(), j.at(), j.note()), j.decision()));
            }
        });
        int from = Math.min(page.offset(), items.size());
        int to = Math.min(from + page.limit(), items.size());
        return new Page("orphaned", items.size(), page.offset(), page.limit(), items.subList(from, to));
    }
}
