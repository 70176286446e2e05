package org.synergraph.quality;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.synergraph.extract.Relation;
import org.synergraph.review.Judgement;
import org.synergraph.review.JudgementReplay;
import org.synergraph.review.Merges;

/**
 * The facts reviewers accepted, read from a judgements file ({@code judgements export}, GET /api/judgements): a
 * relation passes when the latest decision on its fact (ends resolved through merges) is accept or add, as the graph
 * replays it.
 */
public final class AcceptedFacts implements Predicate<Relation> {
    private final Merges merges;
    private final Set<String> keys;

    private AcceptedFacts(Merges merges, Set<String> keys) {
        this.merges = merges;
        this.keys = keys;
    }

    public static AcceptedFacts of(List<Judgement> judgements) {
        Merges merges = Merges.of(judgements);
        Set<String> keys = new HashSet<>();
        JudgementReplay.latestByFact(judgements, merges).forEach((key, j) -> {
            if (!"reject".equals(j.decision())) {
                keys.add(key);
            }
        });
        return new AcceptedFacts(merges, keys);
    }

    /** How many facts the file accepts. */
    public int size() {
        return keys.size();
    }

    @Override
    public boolean test(Relation r) {
        return keys.contains(merges.resolve(r.subjectId()) + "|" + r.type().name() + "|"
                + merges.resolve(r.objectId()) + "|" + r.status().label());
    }
}
