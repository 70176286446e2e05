package org.synergraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final EntityLookup lookup;
    private final int maxIds;

    public SharedActivityQuery(Graph graph, CypherLibrary library, EntityLookup lookup, int maxIds) {
        this.graph = graph;
        this.cypher = library.get("shared");
        this.lookup = lookup;
        this.maxIds = maxIds;
    }

    /** What was asked, after defaults. */
    public record Request(List<String> ids, int min, String target, String via, String status, String review) {
    }

    /** One input's link to a target, with the words that state it. */
    public record Link(String from, List<String> statuses, List<EvidenceView> evidence, List<ReviewView> reviews) {
    }

    /** A target shared by {@code count} inputs. */
    public record Row(EntitySummary entity, List<String> linkedTo, long count, List<Link> links) {
    }

    /** The answer: the inputs as resolved, and the shared targets, most shared first. */
    public record Answer(List<EntitySummary> inputs, Request request, List<Row> rows) {
    }

    public Request request(String ids, Integer min, String target, String via, String status) {
        return request(ids, min, target, via, status, null);
    }

    /** As the five-argument form, counting only the facts {@code review} keeps (default: all but rejected ones). */
    public Request request(String ids, Integer min, String target, String via, String status, String review) {
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
        return new Request(list, m, t, v, s, ReviewView.filter(review));
    }

    public Answer run(Request q) {
        List<EntitySummary> inputs = lookup.requireAll(q.ids());
        List<Row> rows = graph.read(cypher, Map.of("ids", q.ids(), "min", q.min(), "target", q.target(),
                "via", q.via(), "status", q.status(), "review", q.review()), r -> new Row(EntitySummary.from(r.get("entity")),
                r.get("linkedTo").asList(Value::asString), r.get("count").asLong(), links(r.get("links"))));
        return new Answer(inputs, q, rows);
    }

    private static List<Link> links(Value list) {
        List<Link> out = new ArrayList<>();
        for (Value l : list.values()) {
            List<String> docs = l.get("evDocs").asList(Value::asString);
            List<String> paras = l.get("evParas").asList(v -> v.isNull() ? null : v.asString());
            List<String> quotes = l.get("evQuotes").asList(v -> v.isNull() ? null : v.asString());
            List<EvidenceView> ev = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                ev.add(new EvidenceView(docs.get(i), null, paras.get(i), null, quotes.get(i), null, null, null));
            }
            out.add(new Link(l.get("from").asString(), l.get("statuses").asList(v -> v.isNull() ? null : v.asString()),
                    ev, l.get("reviews").asList(v -> ReviewView.from(v::get))));
        }
        return out;
    }
}
