package org.synergraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.synergraph.extract.RelationType;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/**
 * The headline question: which countries (or other targets) do these initiatives, conventions or funders share,
 * and which passages say so.
 */
public final class SharedActivityQuery {
    private final Graph graph;
    private final String cypher;
    private final String documentTitles;
    private final EntityLookup lookup;
    private final int maxIds;

    private final AsOfResolver asOf;

    public SharedActivityQuery(Graph graph, CypherLibrary library, EntityLookup lookup, int maxIds,
                               AsOfResolver asOf) {
        this.graph = graph;
        this.asOf = asOf;
        this.cypher = library.get("shared");
        this.documentTitles = library.get("document_titles");
        this.lookup = lookup;
        this.maxIds = maxIds;
    }

    /** What was asked, after defaults; {@code when} is the date asked as of (null: every document counts). */
    public record Request(List<String> ids, int min, String target, String via, String status, String review,
                          @com.fasterxml.jackson.annotation.JsonIgnore AsOf when) {
    }

    /**
     * One input's link to a target, with the words that state it: {@code status} is the latest reported status,
     * {@code statuses} those of the facts that count.
     */
    public record Link(String from, String status, List<String> statuses, List<EvidenceView> evidence,
                       List<ReviewView> reviews) {
    }

    /** A target shared by {@code count} inputs. */
    public record Row(EntitySummary entity, List<String> linkedTo, long count, List<Link> links) {
    }

    /** How many targets are shared by {@code min} inputs, one fewer than asked. */
    public record OneFewer(int min, int count) {
    }

    /**
     * The answer: the inputs as resolved, and the shared targets, most shared first, as of {@code asOf}; when none
     * is shared by {@code min} (above 1) inputs, {@code oneFewer} says how many are shared by one input fewer.
     */
    public record Answer(List<EntitySummary> inputs, Request request, List<Row> rows, AsOf asOf, OneFewer oneFewer) {
    }

    public Request request(String ids, Integer min, String target, String via, String status) {
        return request(ids, min, target, via, status, null, null);
    }

    /**
     * As the five-argument form, counting only the facts {@code review} keeps (default: all but rejected ones) and,
     * with {@code asOfText}, only evidence from documents dated by then.
     */
    public Request request(String ids, Integer min, String target, String via, String status, String review,
                           String asOfText) {
        List<String> list = Ids.list("ids", ids, 1, maxIds);
        int m = min == null ? list.size() : min;
        if (m < 1 || m > list.size()) {
            throw Problem.badRequest("bad_min", "min must be between 1 and the number of ids (" + list.size() + ").");
        }
        String t = SearchQuery.typeLabel(target == null || target.isBlank() ? "Country" : target);
        String v = RelationTypes.one("via", via == null || via.isBlank() ? RelationType.ACTIVE_IN.name() : via);
        String s = status == null || status.isBlank() ? "active" : status.strip();
        if (!List.of("active", "planned", "any").contains(s)) {
            throw Problem.badRequest("bad_status", "status must be active, planned or any.");
        }
        return new Request(list, m, t, v, s, ReviewView.filter(review), asOf.resolve(asOfText));
    }

    public Answer run(Request q) {
        List<EntitySummary> inputs = lookup.requireAll(q.ids());
        Map<String, Object> p = new java.util.HashMap<>(Map.of("ids", q.ids(), "min", q.min(), "target", q.target(),
                "via", q.via(), "status", q.status(), "review", q.review()));
        p.put("asOf", AsOf.until(q.when()));
        List<Record> found = graph.read(cypher, p, r -> r);
        Map<String, Record> cited = cited(found);
        List<Row> rows = found.stream().map(r -> new Row(EntitySummary.from(r.get("entity")),
                r.get("linkedTo").asList(Value::asString), r.get("count").asLong(),
                links(r.get("links"), q.when(), cited))).toList();
        OneFewer fewer = null;
        if (rows.isEmpty() && q.min() > 1) {
            p.put("min", q.min() - 1);
            fewer = new OneFewer(q.min() - 1, graph.read(cypher, p, r -> r.get("count")).size());
        }
        return new Answer(inputs, q, rows, q.when(), fewer);
    }

    /** The title and symbol of every document the links cite, by id, in one lookup. */
    private Map<String, Record> cited(List<Record> found) {
        List<String> ids = found.stream().flatMap(r -> r.get("links").asList(v -> v).stream())
                .flatMap(l -> l.get("evDocs").asList(Value::asString).stream()).distinct().sorted().toList();
        Map<String, Record> out = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            graph.read(documentTitles, Map.of("ids", ids), r -> out.put(r.get("id").asString(), r));
        }
        return out;
    }

    private static List<Link> links(Value list, AsOf when, Map<String, Record> cited) {
        List<Link> out = new ArrayList<>();
        for (Value l : list.values()) {
            List<String> docs = l.get("evDocs").asList(Value::asString);
            List<String> passages = l.get("evPassages").asList(v -> v.isNull() ? null : v.asString());
            List<String> paras = l.get("evParas").asList(v -> v.isNull() ? null : v.asString());
            List<String> quotes = l.get("evQuotes").asList(v -> v.isNull() ? null : v.asString());
            List<String> dates = l.get("evDates").asList(Value::asString);
            List<EvidenceView> ev = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                Record doc = cited.get(docs.get(i));
                EvidenceView e = new EvidenceView(docs.get(i), passages.get(i), paras.get(i), null, quotes.get(i), null,
                        null, null, dates.get(i).isEmpty() ? null : dates.get(i)).cited(
                        doc == null ? null : doc.get("title").asString(null),
                        doc == null ? null : doc.get("symbol").asString(null));
                if (e.reportedBy(AsOf.until(when))) {
                    ev.add(e);
                }
            }
            out.add(new Link(l.get("from").asString(), l.get("status").asString(null),
                    l.get("statuses").asList(v -> v.isNull() ? null : v.asString()), ev,
                    l.get("reviews").asList(v -> ReviewView.from(v::get))));
        }
        return out;
    }
}
