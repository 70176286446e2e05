package org.synergraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.synergraph.corpus.Passage;
import org.synergraph.corpus.PassageKind;

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
        List<Relation> out = new ArrayList<>();
        Map<String, String> topicByLabel = new HashMap<>();
        String sectionTopic = null;
        for (Passage p : passages) {
            List<Mention> ms = mentions.apply(p);
            if (p.kind() == PassageKind.HEADING) {
                List<String> actors = ms.stream().filter(m -> isActor(document, m)).map(Mention::entityId).distinct().toList();
                if (!actors.isEmpty()) {
                    sectionTopic = actors.size() == 1 ? actors.get(0) : null;
                }
                continue;
            }
            String topic = p.kind() == PassageKind.FOOTNOTE && p.parentLabel() != null
                    ? topicByLabel.get(p.parentLabel()) : sectionTopic;
            PassageView view = new PassageView(p, ms, document, topic);
            out.addAll(run(view));
            if (p.kind() != PassageKind.FOOTNOTE) {
                String own = view.sentences().isEmpty() ? null : subjectId(view);
                topicByLabel.put(p.label(), own != null ? own : topic);
            }
        }
        return out;
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

    private static boolean isActor(Gazetteer gazetteer, Mention m) {
        EntityType t = gazetteer.byId(m.entityId()).map(Entity::type).orElse(null);
        return t == EntityType.ORGANISATION || t == EntityType.INITIATIVE || t == EntityType.CONVENTION;
    }
}
