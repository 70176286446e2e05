package org.synergraph.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.synergraph.config.Resources;
import org.synergraph.corpus.CorpusManifest;
import org.synergraph.corpus.Segmenter;
import org.synergraph.corpus.SourceDocument;
import org.synergraph.discovery.DiscoveredEntity;
import org.synergraph.discovery.EntityDiscovery;
import org.synergraph.extract.CuratedAssertions;
import org.synergraph.extract.Gazetteer;
import org.synergraph.extract.MentionFinder;
import org.synergraph.extract.Method;
import org.synergraph.extract.Relation;
import org.synergraph.relations.RelationReader;
import org.synergraph.extract.RelationType;
import org.synergraph.extract.RelationStatus;
import org.synergraph.ingest.DocumentExtraction;
import org.synergraph.ingest.Pipeline;

/** Runs the pipeline over the bundled corpus, without a graph, and measures it against a gold sample. */
public final class Evaluation {
    private final Gazetteer gazetteer;
    private final List<DocumentExtraction> rulesOnly;
    private final List<DocumentExtraction> withCurated;
    private final Equivalence equivalence;
    private final Predicate<Relation> scored;

    private Evaluation(Gazetteer gazetteer, List<DocumentExtraction> rulesOnly, List<DocumentExtraction> withCurated,
                       Equivalence equivalence, Predicate<Relation> scored) {
        this.gazetteer = gazetteer;
        this.rulesOnly = rulesOnly;
        this.withCurated = withCurated;
        this.equivalence = equivalence;
        this.scored = scored;
    }

    /**
     * The same evaluation, scoring only the relations {@code keep} passes (for example the facts reviewers accepted);
     * entity scores are unchanged.
     */
    public Evaluation scoringOnly(Predicate<Relation> keep) {
        return new Evaluation(gazetteer, rulesOnly, withCurated, equivalence, scored.and(keep));
    }

    /** Runs the pipeline over the bundled corpus. */
    public static Evaluation run(Resources resources) {
        return run(resources, CorpusManifest.from(resources));
    }

    /** Runs the pipeline over the documents of a manifest (the bundled corpus, or an outside test set). */
    public static Evaluation run(Resources resources, CorpusManifest corpus) {
        Gazetteer gazetteer = Gazetteer.load(resources);
        List<SourceDocument> docs = corpus.load();
        MentionFinder finder = MentionFinder.of(gazetteer);
        RelationReader rules = RelationReader.load(resources);
        EntityDiscovery discovery = EntityDiscovery.load(resources, gazetteer);
        Pipeline plain = new Pipeline(Segmenter.create(), finder, rules, CuratedAssertions.none(), discovery);
        Pipeline curated = new Pipeline(Segmenter.create(), finder, rules, CuratedAssertions.load(resources, gazetteer),
                discovery);
        return new Evaluation(gazetteer, docs.stream().map(plain::extract).toList(),
                docs.stream().map(curated::extract).toList(), Equivalence.fromGazetteer(gazetteer), r -> true);
    }

    /**
     * Entity precision and recall of one document: (predicted, correct, gold), and how many of the predicted and
     * correct ones are discovered entities (the rest are the gazetteer's).
     */
    public record EntityCounts(String doc, int predicted, int correct, int gold, int discoveredPredicted,
                               int discoveredCorrect) {
        int knownPredicted() {
            return predicted - discoveredPredicted;
        }

        int knownCorrect() {
            return correct - discoveredCorrect;
        }

        double discoveredPrecision() {
            return discoveredPredicted == 0 ? 1.0 : (double) discoveredCorrect / discoveredPredicted;
        }

        double precision() {
            return predicted == 0 ? 1.0 : (double) correct / predicted;
        }

        double recall() {
            return gold == 0 ? 1.0 : (double) correct / gold;
        }
    }

    public List<EntityCounts> entities(GoldSample gold) {
        IdMapping ids = new IdMapping(gold, gazetteer);
        List<EntityCounts> out = new ArrayList<>();
        for (String doc : gold.documents()) {
            Set<String> expected = new LinkedHashSet<>();
            gold.entities().stream().filter(e -> e.docs().contains(doc)).forEach(e -> expected.add(ids.project(e.id())));
            DocumentExtraction extraction = rulesOnly.stream().filter(d -> d.meta().id().equals(doc)).findFirst()
                    .orElse(null);
            Set<String> found = new LinkedHashSet<>();
            int discovered = 0;
            int discoveredCorrect = 0;
            for (String id : extraction == null ? Set.<String>of() : extraction.entityIds()) {
                DiscoveredEntity d = extraction.discovered(id);
                String projected = d == null ? id : ids.byName(d.entity()).orElse(id);
                if (d != null) {
                    discovered++;
                    discoveredCorrect += expected.contains(projected) && !found.contains(projected) ? 1 : 0;
                }
                found.add(projected);
            }
            int correct = (int) found.stream().filter(expected::contains).count();
            out.add(new EntityCounts(doc, found.size() + (extraction == null ? 0
                    : extraction.entityIds().size() - found.size()), correct, expected.size(), discovered,
                    discoveredCorrect));
        }
        return out;
    }

    /** How many facts to recall (high and medium) the sample holds. */
    public int factsToRecall(GoldSample gold) {
        return (int) gold.facts().stream().filter(GoldSample.GoldFact::counts).count();
    }

    /** How many facts to recall have both ends among the entities the pipeline found in the fact's document. */
    public int reachableFacts(GoldSample gold) {
        IdMapping ids = new IdMapping(gold, gazetteer);
        int n = 0;
        for (GoldSample.GoldFact f : gold.facts()) {
            if (!f.counts()) {
                continue;
            }
            Set<String> found = rulesOnly.stream().filter(d -> d.meta().id().equals(f.doc())).findFirst()
                    .map(d -> d.entityIds().stream().map(id -> project(id, d, ids))
                            .collect(java.util.stream.Collectors.toSet())).orElse(Set.of());
            if (reaches(found, ids.project(f.subject())) && reaches(found, ids.project(f.object()))) {
                n++;
            }
        }
        return n;
    }

    private boolean reaches(Set<String> found, String id) {
        return found.stream().anyMatch(x -> equivalence.same(x, id));
    }

    /** Overall relation scores of each of the sample's documents, with or without the curated assertions. */
    public Map<String, RelationScorer.Counts> relationsByDocument(GoldSample gold, boolean curated) {
        Map<String, RelationScorer.Counts> out = new LinkedHashMap<>();
        for (String doc : gold.documents()) {
            GoldSample one = new GoldSample(gold.entities(), gold.facts().stream().filter(f -> f.doc().equals(doc))
                    .toList());
            out.put(doc, relations(one, curated).get(RelationScorer.OVERALL));
        }
        return out;
    }

    /** Relation scores per predicate over the sample's documents, with or without the curated assertions. */
    public Map<String, RelationScorer.Counts> relations(GoldSample gold, boolean curated) {
        IdMapping ids = new IdMapping(gold, gazetteer);
        List<String> docs = gold.documents();
        List<RelationScorer.Predicted> predicted = new ArrayList<>();
        for (DocumentExtraction d : curated ? withCurated : rulesOnly) {
            if (docs.contains(d.meta().id())) {
                d.relations().stream().filter(scored).forEach(r -> predicted.add(predicted(r, d, ids)));
            }
        }
        List<GoldSample.GoldFact> facts = gold.facts().stream().map(f -> new GoldSample.GoldFact(ids.project(f.subject()),
                f.predicate(), ids.project(f.object()), f.doc(), f.para(), f.confidence())).toList();
        return RelationScorer.score(predicted, facts, equivalence);
    }

    /**
     * For development on the sample's documents: each rule relation, RIGHT or WRONG, with the construction that
     * read it (and, when wrong, its quote), then each fact to recall that no rule relation matches.
     */
    public List<String> explain(GoldSample gold) {
        IdMapping ids = new IdMapping(gold, gazetteer);
        List<GoldSample.GoldFact> facts = gold.facts().stream().map(f -> new GoldSample.GoldFact(
                ids.project(f.subject()), f.predicate(), ids.project(f.object()), f.doc(), f.para(),
                f.confidence())).toList();
        List<String> out = new ArrayList<>();
        Set<GoldSample.GoldFact> found = new java.util.HashSet<>();
        for (DocumentExtraction d : rulesOnly) {
            if (!gold.documents().contains(d.meta().id())) {
                continue;
            }
            for (Relation r : d.relations().stream().filter(scored).toList()) {
                RelationScorer.Predicted p = predicted(r, d, ids);
                List<GoldSample.GoldFact> hits = facts.stream().filter(f -> RelationScorer.matches(p, f, equivalence))
                        .toList();
                found.addAll(hits);
                if (!hits.isEmpty()) {
                    out.add("RIGHT " + p.doc() + " " + p.para() + " " + p.subject() + " " + p.predicate() + " "
                            + p.object() + " [" + r.evidence().reading() + "]");
                } else {
                    out.add("WRONG " + p.doc() + " " + p.para() + " " + p.subject() + " " + p.predicate() + " "
                            + p.object() + " [" + r.evidence().reading() + "] " + r.evidence().quote());
                }
            }
        }
        for (GoldSample.GoldFact f : facts) {
            if (f.counts() && !found.contains(f)) {
                out.add("MISSED " + f.doc() + " " + f.para() + " " + f.subject() + " " + f.predicate() + " "
                        + f.object() + " (" + f.confidence() + ")");
            }
        }
        return out;
    }

    /** The rule relations of documents the sample does not cover, by document, for reading by hand. */
    public Map<String, List<Relation>> unmeasuredRuleRelations(GoldSample gold) {
        Map<String, List<Relation>> out = new LinkedHashMap<>();
        for (DocumentExtraction d : rulesOnly) {
            if (!gold.documents().contains(d.meta().id())) {
                out.put(d.meta().id(), d.relations().stream().filter(r -> r.method() == Method.RULE)
                        .filter(scored).toList());
            }
        }
        return out;
    }

    /** Every extraction, curated assertions included. */
    public List<DocumentExtraction> extractions() {
        return withCurated;
    }

    /** A relation in gold terms, its ends as they are. */
    static RelationScorer.Predicted predicted(Relation r) {
        String predicate = r.type() == RelationType.ACTIVE_IN && r.status() == RelationStatus.PLANNED ? "PLANNED_IN"
                : r.type().name();
        return new RelationScorer.Predicted(r.evidence().documentId(), r.subjectId(), predicate, r.objectId(),
                r.evidence().para());
    }

    /** A relation in gold terms: a discovered end stands for the sample entity of the same name, if any. */
    static RelationScorer.Predicted predicted(Relation r, DocumentExtraction d, IdMapping ids) {
        RelationScorer.Predicted p = predicted(r);
        return new RelationScorer.Predicted(p.doc(), project(p.subject(), d, ids), p.predicate(),
                project(p.object(), d, ids), p.para());
    }

    private static String project(String id, DocumentExtraction d, IdMapping ids) {
        DiscoveredEntity found = d.discovered(id);
        return found == null ? id : ids.byName(found.entity()).orElse(id);
    }
}
