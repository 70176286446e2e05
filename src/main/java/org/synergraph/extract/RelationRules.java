package org.synergraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.synergraph.corpus.Passage;

/**
 * Turns the mentions of one passage into typed relations, each with the clause that states it as evidence.
 * Every rule looks only at the passage it is given.
 */
public final class RelationRules {
    private final List<Rule> rules;
    private final Gazetteer gazetteer;

    private RelationRules(List<Rule> rules, Gazetteer gazetteer) {
        this.rules = rules;
        this.gazetteer = gazetteer;
    }

    /** One pattern over a passage's clauses. */
    public interface Rule {
        List<Relation> apply(Passage passage, List<Mention> mentions, Gazetteer gazetteer);
    }

    public static RelationRules standard(Gazetteer gazetteer) {
        return new RelationRules(List.of(new ActiveInListRule()), gazetteer);
    }

    public List<Relation> extract(Passage passage, List<Mention> mentions) {
        List<Relation> out = new ArrayList<>();
        for (Rule rule : rules) {
            out.addAll(rule.apply(passage, mentions, gazetteer));
        }
        return out;
    }
}
