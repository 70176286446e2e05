package org.synergraph.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.ingest.WriteHook;

/**
 * Applies every judgement to the graph again, inside the caller's transaction: after a document is (re-)written,
 * after a backup is restored, and after each new judgement. Order: forget what the last replay wrote, merge
 * entities, rename and retype them, write hand-added facts, mark each fact with its latest decision, then mark
 * rejected entities' facts. The same judgements over the same extraction always leave the same graph.
 */
public final class JudgementReplay implements WriteHook {
    private static final List<String> STATEMENTS = List.of("review_judgements", "review_reset",
            "review_merge_entity", "review_rename_entities", "review_retype_entities", "review_add_relations",
            "review_apply_relations", "review_reject_entities");
    private final CypherLibrary library;

    public JudgementReplay(CypherLibrary library) {
        this.library = library.require(STATEMENTS);
    }

    @Override
    public void afterWrite(TransactionContext tx) {
        List<Judgement> all = tx.run(library.get("review_judgements"))
                .list(r -> Judgement.from(r.get("judgement").asMap()));
        if (!all.isEmpty()) {
            apply(tx, all);
        }
    }

    private void apply(TransactionContext tx, List<Judgement> all) {
        run(tx, "review_reset", Map.of());
        Merges merges = Merges.of(all);
        merges.pairs().forEach((from, into) -> {
            if (!from.equals(into)) {
                run(tx, "review_merge_entity", Map.of("from", from, "into", into));
            }
        });
        run(tx, "review_rename_entities", Map.of("rows", entityRows(all, merges, "rename")));
        run(tx, "review_retype_entities", Map.of("rows", entityRows(all, merges, "retype")));
        run(tx, "review_add_relations", Map.of("rows", additions(all, merges)));
        run(tx, "review_apply_relations", Map.of("rows", states(all, merges)));
        run(tx, "review_reject_entities", Map.of("rows", entityRows(all, merges, "reject")));
    }

    /** The latest entity judgement of one kind per (resolved) entity. */
    private static List<Map<String, Object>> entityRows(List<Judgement> all, Merges merges, String decision) {
        Map<String, Map<String, Object>> latest = new LinkedHashMap<>();
        for (Judgement j : all) {
            if (j.aboutEntity() && decision.equals(j.decision())) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", merges.resolve(j.entity()));
                row.put("nameEn", blankToNull(j.nameEn()));
                row.put("nameZh", blankToNull(j.nameZh()));
                row.put("entityType", j.entityType());
                row.put("by", j.curator());
                row.put("at", j.at());
                row.put("note", j.note());
                latest.put(merges.resolve(j.entity()), row);
            }
        }
        return new ArrayList<>(latest.values());
    }

    private static List<Map<String, Object>> additions(List<Judgement> all, Merges merges) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Judgement j : all) {
            if (!j.aboutEntity() && "add".equals(j.decision()) && seen.add(j.key(merges) + "\n" + j.quote())) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("subjectId", merges.resolve(j.subject()));
                row.put("objectId", merges.resolve(j.object()));
                row.put("type", j.predicate());
                row.put("key", j.key(merges));
                row.put("status", j.status());
                row.put("documentId", j.documentId());
                row.put("para", j.para());
                row.put("quote", j.quote() == null ? "" : j.quote());
                rows.add(row);
            }
        }
        return rows;
    }

    /** The latest decision on each fact (by its key, end points resolved through merges), in order of first decision. */
    public static Map<String, Judgement> latestByFact(List<Judgement> all, Merges merges) {
        Map<String, Judgement> latest = new LinkedHashMap<>();
        for (Judgement j : all) {
            if (!j.aboutEntity()) {
                latest.put(j.key(merges), j);
            }
        }
        return latest;
    }

    private static List<Map<String, Object>> states(List<Judgement> all, Merges merges) {
        List<Map<String, Object>> rows = new ArrayList<>();
        latestByFact(all, merges).forEach((key, j) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("subjectId", merges.resolve(j.subject()));
            row.put("key", key);
            row.put("state", state(j));
            row.put("by", j.curator());
            row.put("at", j.at());
            row.put("note", j.note());
            rows.add(row);
        });
        return rows;
    }

    /** The review state a relation judgement gives its fact. */
    public static String state(Judgement j) {
        return "reject".equals(j.decision()) ? "rejected" : "accepted";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private void run(TransactionContext tx, String name, Map<String, Object> params) {
        tx.run(library.get(name), params).consume();
    }
}
