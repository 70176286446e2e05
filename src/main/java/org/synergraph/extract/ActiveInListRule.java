package org.synergraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.synergraph.corpus.Passage;

/**
 * "X 已开始在 A、B……和 C 实施": an initiative followed in the same clause by a list of countries and a verb of
 * implementation is active (or, with 计划/打算/即将, planned) in each of them.
 */
final class ActiveInListRule implements RelationRules.Rule {

    @Override
    public List<Relation> apply(Passage passage, List<Mention> mentions, Gazetteer gazetteer) {
        List<Relation> out = new ArrayList<>();
        String text = passage.text();
        for (int i = 0; i < mentions.size(); i++) {
            Mention subject = mentions.get(i);
            EntityType subjectType = gazetteer.byId(subject.entityId()).map(Entity::type).orElse(null);
            if (subjectType != EntityType.INITIATIVE) {
                continue;
            }
            int clauseEnd = clauseEnd(text, subject.end());
            String between = text.substring(subject.end(), Math.min(text.length(), clauseEnd));
            if (!between.contains("在") || !(between.contains("实施") || between.contains("开展"))) {
                continue;
            }
            String status = between.contains("计划") || between.contains("打算") || between.contains("即将")
                    ? "planned" : "active";
            for (int j = i + 1; j < mentions.size() && mentions.get(j).start() < clauseEnd; j++) {
                Mention object = mentions.get(j);
                if (gazetteer.byId(object.entityId()).map(Entity::type).orElse(null) == EntityType.COUNTRY) {
                    Evidence ev = new Evidence(passage.documentId(), passage.id(), passage.label(),
                            text.substring(subject.start(), clauseEnd), subject.start(), clauseEnd);
                    out.add(new Relation(subject.entityId(), RelationType.ACTIVE_IN, object.entityId(), status,
                            null, null, null, Method.RULE, 0.8, ev));
                }
            }
        }
        return out;
    }

    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '；' || c == ';') {
                return i;
            }
        }
        return text.length();
    }
}
