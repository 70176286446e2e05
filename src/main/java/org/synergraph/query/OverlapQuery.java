package org.synergraph.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/** Pairwise overlap of where (or with whom) a set of entities work: shared counts and Jaccard similarity. */
public final class OverlapQuery {
    private final Graph graph;
    private final String cypher;
    private final SharedActivityQuery shared;
    private final EntityLookup lookup;

    public OverlapQuery(Graph graph, CypherLibrary library, SharedActivityQuery shared, EntityLookup lookup) {
        this.graph = graph;
        this.cypher = library.get("overlap");
        this.shared = shared;
        this.lookup = lookup;
    }

    /** One input and how many targets it has. */
    public record Input(EntitySummary entity, int targets) {
    }

    /** One pair of inputs. */
    public record Pair(String a, String b, int shared, double jaccard) {
    }

    /** The answer: inputs, and every pair, most overlapping first, as of {@code asOf} (absent: every document). */
    public record Answer(List<Input> inputs, List<Pair> pairs, AsOf asOf) {
    }

    public Answer run(String ids, String target, String via, String status) {
        return run(ids, target, via, status, null, null);
    }

    /** As the four-argument form, comparing only the facts {@code review} keeps (default: all but rejected). */
    public Answer run(String ids, String target, String via, String status, String review, String asOfText) {
        SharedActivityQuery.Request q = shared.request(ids, 1, target, via, status == null ? "any" : status, review,
                asOfText);
        if (q.ids().size() < 2) {
            throw Problem.badRequest("too_few_ids", "Give at least 2 different ids in 'ids': overlap compares pairs.");
        }
        List<EntitySummary> inputs = lookup.requireAll(q.ids());
        Map<String, Set<String>> targets = new LinkedHashMap<>();
        Map<String, Object> p = new java.util.HashMap<>(Map.of("ids", q.ids(), "target", q.target(), "via", q.via(),
                "status", q.status(), "review", q.review()));
        p.put("asOf", AsOf.until(q.when()));
        graph.read(cypher, p,
                r -> targets.put(r.get("id").asString(), new HashSet<>(r.get("targets").asList(Value::asString))));
        List<Input> in = inputs.stream().map(e -> new Input(e, targets.getOrDefault(e.id(), Set.of()).size())).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < q.ids().size(); i++) {
            for (int j = i + 1; j < q.ids().size(); j++) {
                Set<String> a = targets.getOrDefault(q.ids().get(i), Set.of());
                Set<String> b = targets.getOrDefault(q.ids().get(j), Set.of());
                Set<String> both = new HashSet<>(a);
                both.retainAll(b);
                int union = a.size() + b.size() - both.size();
                pairs.add(new Pair(q.ids().get(i), q.ids().get(j), both.size(),
                        union == 0 ? 0.0 : Math.round(1000.0 * both.size() / union) / 1000.0));
            }
        }
        pairs.sort((x, y) -> Double.compare(y.jaccard(), x.jaccard()));
        return new Answer(in, pairs, q.when());
    }
}
