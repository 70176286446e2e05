package org.synergraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who answers to whom (lower REPORTS_TO higher). "A 向 B 报告(工作)", "B 是 A 的上级机构", "A 是 B 的附属机构/隶属于 B",
 * "A…向 B 提供咨询和建议", "A 的建议得到 B 赞同/核可", "A reports to B", "A is a subsidiary body of B".
 */
final class ReportsToRule extends SentenceRule {
    private static final Pattern TOWARD = Pattern.compile("向(?=\\S)|reports? to\\s|accountable to\\s");
    private static final Pattern REPORT = Pattern.compile("^\\s*(?:报告|汇报|负责|提供咨询)");
    private static final Pattern SUPERIOR = Pattern.compile("是(?=\\S)");
    private static final Pattern ENDORSED = Pattern.compile("(?:的)?(?:建议|报告|决定)(?:也|均|已|还)?(?:得到|获得|经|获)(?:了)?");
    private static final Pattern SUBSIDIARY = Pattern.compile("隶属于|(?:is )?(?:a )?subsidiary (?:body )?of\\s");

    @Override
    void applyTo(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        String text = v.text();
        Matcher t = TOWARD.matcher(sentence);
        while (t.find()) {
            int k = Cues.indexAfter(v.text(), ms, s.start() + t.end(), 0, v::isActor);
            if (k < 0) {
                continue;
            }
            Mention higher = ms.get(k);
            boolean english = t.group().length() > 1;
            String after = text.substring(higher.end(), Math.min(s.end(), higher.end() + 6));
            if (!english && !REPORT.matcher(after).find()) {
                continue;
            }
            Mention lower = Cues.actorBefore(v, ms, s.start() + t.start(), english ? 4 : 50);
            if (lower != null && !lower.entityId().equals(higher.entityId())) {
                double c = after.contains("咨询") ? 0.6 : 0.85;
                v.add(lower.entityId(), RelationType.REPORTS_TO, higher.entityId(), c,
                        new Spans.Span(lower.start(), ActiveInRule.clauseEnd(text, s, higher.end())));
            }
        }
        structural(v, s, ms, sentence);
        endorsed(v, s, ms);
    }

    /** "A(的)建议也得到 B 赞同/核可": a body whose recommendations B endorses answers to B. */
    private static void endorsed(PassageView v, Spans.Span s, List<Mention> ms) {
        String text = v.text();
        for (Mention a : ms) {
            Matcher m = ENDORSED.matcher(text.substring(a.end(), s.end()));
            if (!v.isActor(a) || !m.lookingAt()) {
                continue;
            }
            int k = Cues.indexAfter(text, ms, a.end() + m.end(), 0, v::isActor);
            if (k < 0) {
                continue;
            }
            Mention higher = ms.get(k);
            String verb = text.substring(higher.end(), Math.min(s.end(), higher.end() + 4));
            if (verb.matches("(?s)^(?:的)?(?:赞同|核可|批准|认可|核准).*")) {
                v.add(a.entityId(), RelationType.REPORTS_TO, higher.entityId(), 0.7,
                        new Spans.Span(a.start(), higher.end() + 2));
            }
        }
    }

    private static void structural(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        String text = v.text();
        Matcher m = SUPERIOR.matcher(sentence);
        while (m.find()) {
            Mention higher = Cues.actorBefore(v, ms, s.start() + m.start(), 8);
            int k = Cues.indexAfter(v.text(), ms, s.start() + m.end(), 0, v::isActor);
            if (higher == null || k < 0) {
                continue;
            }
            Mention lower = ms.get(k);
            String after = text.substring(lower.end(), Math.min(s.end(), lower.end() + 8));
            if (after.matches("(?s)^\\s*的(?:上级机构|主管机构|领导机构).*")) {
                v.add(lower.entityId(), RelationType.REPORTS_TO, higher.entityId(), 0.9,
                        new Spans.Span(higher.start(), lower.end() + after.indexOf("机构") + 2));
            } else if (after.matches("(?s)^\\s*的(?:附属机构|下属机构|附属).*")) {
                v.add(higher.entityId(), RelationType.REPORTS_TO, lower.entityId(), 0.85,
                        new Spans.Span(higher.start(), lower.end() + after.indexOf("机构") + 2));
            }
        }
        Matcher sub = SUBSIDIARY.matcher(sentence);
        while (sub.find()) {
            Mention lower = Cues.actorBefore(v, ms, s.start() + sub.start(), 4);
            int k = Cues.indexAfter(v.text(), ms, s.start() + sub.end(), 4, v::isActor);
            if (lower != null && k >= 0) {
                v.add(lower.entityId(), RelationType.REPORTS_TO, ms.get(k).entityId(), 0.85,
                        new Spans.Span(lower.start(), ms.get(k).end()));
            }
        }
    }
}
