package org.synergraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who belongs to what. "成员包括：A、B" and "members include A, B" (each is a member of the passage's subject or
 * topic); "X 是包括 A 在内的…组成的伙伴关系"; "A 以其…B 成员的身份", "作为 B 的成员，A…", "A 在 B 中…既是成员";
 * "A is a member of B", "A joined B", "A 加入(了) B".
 */
final class MemberOfRule extends SentenceRule {
    private static final Pattern MEMBERS_INCLUDE = Pattern.compile(
            "(?:成员|成员国|成员组织)(?:包括|有|为)[：:\\s]*|members (?:include|are)[:\\s]*");
    private static final Pattern INCLUDING = Pattern.compile("是包括");
    private static final Pattern AS_MEMBER = Pattern.compile("作为|以其");
    private static final Pattern MEMBER_WORD = Pattern.compile("^\\s*(?:的)?(?:成员|成员组织|成员国)");
    private static final Pattern BOTH_MEMBER = Pattern.compile("^\\s*中.{0,8}?(?:是|为|作为)成员");
    private static final Pattern JOIN = Pattern.compile("(?:加入了?|成为)(?=\\S)|is a member of\\s|joined\\s|became a member of\\s");

    @Override
    void applyTo(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        String text = v.text();
        membersInclude(v, s, ms, sentence);
        Matcher inc = INCLUDING.matcher(sentence);
        while (inc.find()) {
            Mention whole = Cues.actorBefore(v, ms, s.start() + inc.start(), 2);
            List<Mention> parts = Cues.actorsAfter(v, ms, s.start() + inc.end(), 1);
            if (whole != null && !parts.isEmpty()) {
                Spans.Span quote = new Spans.Span(whole.start(), ActiveInRule.clauseEnd(text, s, parts.get(0).end()));
                parts.forEach(p -> v.add(p.entityId(), RelationType.MEMBER_OF, whole.entityId(), 0.8, quote));
            }
        }
        for (Mention body : ms) {
            String after = text.substring(body.end(), Math.min(s.end(), body.end() + 16));
            if (v.isActor(body) && MEMBER_WORD.matcher(after).find()) {
                asMember(v, s, ms, body);
            }
            if (v.isActor(body) && BOTH_MEMBER.matcher(after).find()) {
                Mention member = Cues.actorBefore(v, ms, body.start(), 2);
                if (member != null) {
                    v.add(member.entityId(), RelationType.MEMBER_OF, body.entityId(), 0.8,
                            new Spans.Span(member.start(), ActiveInRule.clauseEnd(text, s, body.end())));
                }
            }
        }
        joins(v, s, ms, sentence);
    }

    private static void membersInclude(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        Matcher m = MEMBERS_INCLUDE.matcher(sentence);
        while (m.find()) {
            Mention owner = Cues.actorBefore(v, ms, s.start() + m.start(), 1);
            String body = owner != null ? owner.entityId() : v.subjectFor(s);
            List<Mention> members = Cues.actorsAfter(v, ms, s.start() + m.end(), 2);
            if (body == null || members.isEmpty()) {
                continue;
            }
            Spans.Span quote = new Spans.Span(s.start() + m.start(), members.get(members.size() - 1).end());
            members.forEach(x -> v.add(x.entityId(), RelationType.MEMBER_OF, body, owner != null ? 0.8 : 0.7, quote));
        }
    }

    /** "A 以其…B 成员的身份", "作为 B 的成员，A…": A is the subject before the cue, or the first actor after the clause. */
    private static void asMember(PassageView v, Spans.Span s, List<Mention> ms, Mention body) {
        String text = v.text();
        int clauseStart = ActiveInRule.clauseStart(text, s, body.start());
        String lead = text.substring(clauseStart, body.start());
        Matcher as = AS_MEMBER.matcher(lead);
        if (!as.find()) {
            return;
        }
        Mention member = Cues.actorBefore(v, ms, clauseStart + as.start(), 3);
        if (member == null) {
            int clauseEnd = ActiveInRule.clauseEnd(text, s, body.end());
            int k = Cues.indexAfter(v.text(), ms, clauseEnd, 3, v::isActor);
            member = k < 0 ? null : ms.get(k);
        }
        if (member != null) {
            Mention m = member;
            v.add(m.entityId(), RelationType.MEMBER_OF, body.entityId(), 0.75,
                    new Spans.Span(Math.min(m.start(), clauseStart), Math.max(ActiveInRule.clauseEnd(text, s, body.end()),
                            m.end())));
        }
    }

    private static void joins(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        Matcher m = JOIN.matcher(sentence);
        while (m.find()) {
            List<Mention> members = Cues.listBefore(v, ms, s.start() + m.start(), 3);
            int k = Cues.indexAfter(v.text(), ms, s.start() + m.end(), 1, v::isActor);
            if (members.isEmpty() || k < 0) {
                continue;
            }
            Mention body = ms.get(k);
            String tail = v.text().substring(body.end(), Math.min(s.end(), body.end() + 4));
            if (m.group().startsWith("成为") && !tail.matches("(?s)^\\s*(?:的)?(?:成员|缔约方).*")) {
                continue;
            }
            Spans.Span quote = new Spans.Span(members.get(0).start(), body.end());
            members.forEach(x -> v.add(x.entityId(), RelationType.MEMBER_OF, body.entityId(), 0.75, quote));
        }
    }
}
