package org.synergraph.quality;

import org.synergraph.extract.RelationStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.synergraph.extract.Relation;
import org.synergraph.ingest.DocumentExtraction;

/** Prints an evaluation as markdown tables. */
public final class QualityReport {
    private QualityReport() {
    }

    /** Every wrong rule relation and every missed fact, one per line (for development on the sample). */
    public static String explanation(Evaluation eval, GoldSample gold) {
        return String.join("\n", eval.explain(gold)) + "\n";
    }

    public static String markdown(Evaluation eval, GoldSample gold, boolean includeCurated) {
        StringBuilder out = new StringBuilder();
        out.append("## Entities (documents ").append(String.join(", ", gold.documents())).append(")\n\n");
        out.append("| doc | predicted | correct | gold | precision | recall | known predicted | known correct"
                + " | discovered predicted | discovered correct | discovered precision |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Evaluation.EntityCounts c : eval.entities(gold)) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f | %d | %d | %d | %d | %.2f |%n",
                    c.doc(), c.predicted(), c.correct(), c.gold(), c.precision(), c.recall(), c.knownPredicted(),
                    c.knownCorrect(), c.discoveredPredicted(), c.discoveredCorrect(), c.discoveredPrecision()));
        }
        out.append("\n## Discovered entities (read by hand)\n\n");
        for (DocumentExtraction d : eval.extractions()) {
            d.discovered().forEach(x -> out.append(String.format(Locale.ROOT, "- %s %s %s%s [%s, %s]%n",
                    d.meta().id(), x.entity().id(), x.entity().nameZh() != null ? x.entity().nameZh()
                            : x.entity().nameEn(), x.entity().aliasesEn().isEmpty() && x.entity().aliasesZh().isEmpty()
                            ? "" : " " + x.entity().aliasesEn() + x.entity().aliasesZh(), x.construction(),
                    x.introducedIn())));
        }
        out.append(String.format(Locale.ROOT, "%nFacts to recall whose two ends the pipeline found in their document: %d of %d"
                + " (an upper bound on relation recall)%n", eval.reachableFacts(gold), eval.factsToRecall(gold)));
        relations(out, "Relations, rules only", eval.relations(gold, false));
        relations(out, "Relations per document, rules only", "document", eval.relationsByDocument(gold, false));
        if (includeCurated) {
            relations(out, "Relations, rules and curated assertions", eval.relations(gold, true));
        }
        out.append("\n## Rule relations in documents the sample does not cover (read by hand)\n");
        for (Map.Entry<String, List<Relation>> e : eval.unmeasuredRuleRelations(gold).entrySet()) {
            out.append("\n### ").append(e.getKey()).append(" (").append(e.getValue().size()).append(")\n\n");
            for (Relation r : e.getValue()) {
                out.append(String.format(Locale.ROOT, "- %s %s%s %s (%.2f, para %s): %s%n", r.subjectId(), r.type(),
                        "[" + r.status().label() + "]", r.objectId(), r.confidence(),
                        r.evidence().para(), r.evidence().quote()));
            }
        }
        return out.toString();
    }

    static void relations(StringBuilder out, String title, Map<String, RelationScorer.Counts> scores) {
        relations(out, title, "predicate", scores);
    }

    static void relations(StringBuilder out, String title, String key, Map<String, RelationScorer.Counts> scores) {
        out.append("\n## ").append(title).append("\n\n");
        out.append("| ").append(key).append(" | predicted | correct | ignored (low) | gold | found | same para | precision | recall |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        scores.forEach((p, c) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %.2f | %.2f |%n",
                p, c.predicted(), c.correct(), c.ignored(), c.gold(), c.found(), c.sameParagraph(), c.precision(),
                c.recall())));
    }
}
