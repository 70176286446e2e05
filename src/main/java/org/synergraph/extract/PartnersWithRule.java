package org.synergraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who works with whom. "A 与 B、C 合作/共同举办/联合组织" (A right before 与), "A 与伙伴，尤其是 B 和 C", "A 和 B 结成/联合
 * 组织", "主要伙伴包括 B、C" (the passage's subject partners each), "A 继续加强与 B 的合作" and "A…，并与 B 合作" (A opening the sentence), "A partners with B", "in partnership with B".
 * Emitted once, in the direction written.
 */
final class PartnersWithRule implements RelationRules.Rule {
    private static final Pattern WITH = Pattern.compile("(?:还|也|继续|已|将)?(?:与|同|和)(?=\\S)");
    private static final Pattern JOINT = Pattern.compile("合作|共同|联合|结成|携手|合办|协作|伙伴关系|签署|发布|举办|组织");
    private static final Pattern PARTNERS_INCLUDE = Pattern.compile(
            "(?:主要|全球|合作)?伙伴(?:包括|有|为)[：:\\s]*|与(?:其他)?伙伴[，,\\s]*(?:尤其是|特别是|包括|如)"
                    + "|partners (?:include|are)\\s*|in (?:partnership|collaboration|cooperation) with\\s*"
                    + "|partners? with\\s*|works? with\\s*|together with\\s*");
    private static final Pattern CLAUSE_WITH = Pattern.compile("(?:并|还|也|同时|另外)(?:继续|已|将)?(?:与|同)(?=\\S)");
    private static final Pattern STRENGTHEN_WITH = Pattern.compile("(?:加强|深化|开展|保持|扩大|推进|建立|巩固)(?:了)?与(?=\\S)");
    private static final Pattern COOPERATION_OF = Pattern.compile("\\s*(?:之间)?的(?:合作|协作|伙伴关系|联系)");
    private static final Pattern LIST_JOINT = Pattern.compile("^\\s*(?:共同|联合|一起)?(?:倡议|发起)?(?:结成|组织|举办|主办|发起|编写)");

    @Override
    public void apply(PassageView v) {
        String text = v.text();
        for (Spans.Span s : v.sentences()) {
            List<Mention> ms = v.mentionsIn(s);
            for (int i = 0; i < ms.size(); i++) {
                Mention a = ms.get(i);
                if (!v.isActor(a) || i + 1 >= ms.size()) {
                    continue;
                }
                withList(v, s, ms, a);
            }
            partnersInclude(v, s, ms, text.substring(s.start(), s.end()));
            jointList(v, s, ms);
            strengthens(v, s, ms, text.substring(s.start(), s.end()));
            laterClause(v, s, ms);
        }
    }

    /** "A 通过各类活动…，并与 B 合作": a later clause opening with 与 keeps the sentence's own subject. */
    private static void laterClause(PassageView v, Spans.Span s, List<Mention> ms) {
        Mention subject = v.subjectOf(s);
        if (subject == null) {
            return;
        }
        String text = v.text();
        for (Spans.Span c : Spans.clauses(text, s)) {
            Matcher w = CLAUSE_WITH.matcher(text.substring(c.start(), c.end()));
            if (c.start() <= subject.end() || !w.lookingAt()) {
                continue;
            }
            List<Mention> partners = Cues.actorsAfter(v, ms, c.start() + w.end(), 1);
            if (!partners.isEmpty() && JOINT.matcher(text.substring(partners.get(partners.size() - 1).end(), c.end())).find()) {
                Spans.Span quote = new Spans.Span(subject.start(), c.end());
                partners.stream().filter(v::isActor).forEach(p -> v.add(subject.entityId(), RelationType.PARTNERS_WITH,
                        p.entityId(), 0.65, quote));
            }
        }
    }

    /** "A 继续(通过 X)加强与 B 和 C 的合作": the sentence's own subject works with each. */
    private static void strengthens(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        Mention subject = v.subjectOf(s);
        Matcher m = STRENGTHEN_WITH.matcher(sentence);
        while (m.find() && subject != null) {
            int cue = s.start() + m.end();
            List<Mention> partners = Cues.actorsAfter(v, ms, cue, 1);
            if (partners.isEmpty() || subject.end() > s.start() + m.start() || !sameClause(v, subject, cue)) {
                continue;
            }
            int end = partners.get(partners.size() - 1).end();
            Matcher of = COOPERATION_OF.matcher(Cues.maskTitles(v.text().substring(end, s.end())));
            if (of.lookingAt()) {
                Spans.Span quote = new Spans.Span(subject.start(), end + of.end());
                partners.stream().filter(v::isActor).forEach(p -> v.add(subject.entityId(), RelationType.PARTNERS_WITH,
                        p.entityId(), 0.7, quote));
            }
        }
    }

    private static boolean sameClause(PassageView v, Mention subject, int cue) {
        return !v.text().substring(subject.end(), cue).matches("(?s).*[，,：:].*");
    }

    private static void withList(PassageView v, Spans.Span s, List<Mention> ms, Mention a) {
        String text = v.text();
        String after = text.substring(a.end(), Math.min(s.end(), a.end() + 4));
        Matcher w = WITH.matcher(after);
        if (!w.lookingAt() || after.startsWith("和")) {
            return;
        }
        List<Mention> partners = Cues.actorsAfter(v, ms, a.end() + w.end(), 1);
        if (partners.isEmpty()) {
            return;
        }
        int clauseEnd = ActiveInRule.clauseEnd(text, s, partners.get(partners.size() - 1).end());
        String rest = text.substring(partners.get(partners.size() - 1).end(), clauseEnd);
        if (!JOINT.matcher(rest).find()) {
            return;
        }
        Spans.Span quote = new Spans.Span(a.start(), clauseEnd);
        partners.stream().filter(v::isActor).forEach(p -> v.add(a.entityId(), RelationType.PARTNERS_WITH,
                p.entityId(), 0.75, quote));
    }

    private static void partnersInclude(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        Matcher m = PARTNERS_INCLUDE.matcher(sentence);
        while (m.find()) {
            int cue = s.start() + m.start();
            Mention subject = Cues.actorBefore(v, ms, cue, 3);
            String id = subject != null ? subject.entityId() : v.subjectFor(s);
            List<Mention> partners = Cues.actorsAfter(v, ms, s.start() + m.end(), 2);
            if (id == null || partners.isEmpty()) {
                continue;
            }
            Spans.Span quote = new Spans.Span(subject != null ? subject.start() : cue,
                    partners.get(partners.size() - 1).end());
            partners.stream().filter(v::isActor).forEach(p -> v.add(id, RelationType.PARTNERS_WITH, p.entityId(),
                    subject != null ? 0.75 : 0.65, quote));
        }
    }

    /**
     * "A 和 B 结成…", "活动由 A、B 和 C 共同举办": the first named partners each of the others. When what they organise
     * is itself a named body or programme ("X 由 A、B 联合组织"), they lead it instead (LeadsRule).
     */
    private static void jointList(PassageView v, Spans.Span s, List<Mention> ms) {
        String text = v.text();
        for (int i = 0; i < ms.size(); i++) {
            List<Mention> list = EntityLists.forward(text, ms, i, v::isActor);
            if (list.isEmpty()) {
                continue;
            }
            int end = ActiveInRule.endOf(ms, i, list);
            String before = text.substring(Math.max(s.start(), list.get(0).start() - 2), list.get(0).start());
            boolean ledThing = before.matches(".*由\\s*$") && Cues.actorBefore(v, ms, list.get(0).start() - 1, 40) != null;
            if (list.size() >= 2 && !before.matches(".*[与同]\\s*$") && !ledThing && LIST_JOINT.matcher(text.substring(end, s.end())).find()) {
                Spans.Span quote = new Spans.Span(list.get(0).start(), ActiveInRule.clauseEnd(text, s, end));
                for (Mention other : list.subList(1, list.size())) {
                    v.add(list.get(0).entityId(), RelationType.PARTNERS_WITH, other.entityId(), 0.65, quote);
                }
            }
            i += ActiveInRule.countAt(ms, i, end) - 1;
        }
    }
}
