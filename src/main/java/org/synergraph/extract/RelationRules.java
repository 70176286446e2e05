package org.synergraph.extract;

import java.util.List;
import java.util.function.Function;
import org.synergraph.corpus.Passage;

/**
 * Turns the mentions of a passage into typed relations, each with the sentence or clause that states it as
 * evidence. Rules see one passage at a time; read as a document, a passage also knows its topic (the body or
 * programme its section heading names, or, for a footnote, the subject of the paragraph citing it), which is what
 * "该计划" or "成员包括：" may point back to.
 */
public final class RelationRules {
    private final List<Rule> rules;
    private final Gazetteer gazetteer;

    private RelationRules(List<Rule> rules, Gazetteer gazetteer) {
        this.rules = rules;
        this.gazetteer = gazetteer;
    }

    /** One family of patterns over a passage's sentences and clauses. */
    interface Rule {
        void apply(PassageView passage);
    }

    public static RelationRules standard(Gazetteer gazetteer) {
        return new RelationRules(List.of(new ActiveInRule(), new FundsRule(), new PartnersWithRule(),
                new MemberOfRule(), new LeadsRule(), new OwnedProgrammesRule(), new HostsRule(), new SupportsRule(), new ContributionRule(), new ReportsToRule()),
                gazetteer);
    }

    /** Relations of one passage read on its own, without a topic from its context. */
    public List<Relation> extract(Passage passage, List<Mention> mentions) {
        return extract(passage, mentions, null);
    }

    /** Relations of a whole document's passages, in order, each read with the topic its context gives it. */
    public List<Relation> extractDocument(List<Passage> passages, Function<Passage, List<Mention>> mentions) {
        return extractDocument(passages, mentions, gazetteer);
    }

    /**
     * Relations of a whole document read with that document's gazetteer (the rules' own one extended by the entities
     * discovered in it), so that the rules know the discovered entities' types.
     */
    public List<Relation> extractDocument(List<Passage> passages, Function<Passage, List<Mention>> mentions,
                                          Gazetteer document) {
        return DocumentTopics.read(passages, mentions, document, false, (p, ms, topic) -> {
            PassageView view = new PassageView(p, ms, document, topic);
            List<Relation> relations = run(view);
            return new DocumentTopics.Reading(relations, view.sentences().isEmpty() ? null : subjectId(view));
        });
    }

    private List<Relation> extract(Passage passage, List<Mention> mentions, String topic) {
        return run(view(passage, mentions, topic));
    }

    private PassageView view(Passage p, List<Mention> ms, String topic) {
        return new PassageView(p, ms, gazetteer, topic);
    }

    private List<Relation> run(PassageView view) {
        for (Rule rule : rules) {
            rule.apply(view);
        }
        return view.relations();
    }

    private static String subjectId(PassageView view) {
        Mention m = view.subjectOf(view.sentences().get(0));
        return m == null ? null : m.entityId();
    }
}
