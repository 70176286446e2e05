package org.synergraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who leads what, said with a verb of leading. "由 A 牵头/主持/领导/协调/管理" and "led/chaired/managed by A" (the
 * thing before the cue is led); "A 担任 B (联合)主席", "A 在 B 中…担任主席"; "在 A 的主持下，B…"; "A 开展或主持的各项计划…
 * 如下：B、C" (A leads each); "A 牵头的 B"; "A leads/chairs B". Ownership and founding are {@link OwnedProgrammesRule}.
 */
final class LeadsRule extends SentenceRule {
    private static final String LEAD = "牵头|主持|领导|协调|主导|负责";
    private static final Pattern BY = Pattern.compile("由|(?:led|chaired|coordinated|convened|headed|managed|run) by\\s");
    private static final Pattern CHAIR = Pattern.compile("担任(?:了)?");
    private static final Pattern UNDER = Pattern.compile("在(?=\\S)");
    private static final Pattern LEADS_LIST = Pattern.compile(
            "^\\s*(?:开展|实施)?(?:或|和)?(?:" + LEAD + ")的.{0,20}?(?:如下|包括)[：:\\s]*");
    private static final Pattern LED_BY_PARTICIPLE = Pattern.compile("\\s*(?:牵头|主导|领导|主持)(?:实施|开展)?的");
    private static final Pattern EN_LEADS = Pattern.compile("^\\s+(?:leads|chairs|coordinates|heads)\\s");

    @Override
    void applyTo(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        String text = v.text();
        Matcher by = BY.matcher(sentence);
        while (by.find()) {
            List<Mention> leaders = Cues.actorsAfter(v, ms, s.start() + by.end(), 1);
            if (leaders.isEmpty()) {
                continue;
            }
            int after = leaders.get(leaders.size() - 1).end();
            String rest = text.substring(after, Math.min(s.end(), after + 16));
            boolean english = by.group().length() > 1;
            if (!english && !rest.matches("(?s)^[^，,。；]{0,14}?(?:或|和|共同|联合)?(?:" + LEAD + "|管理|组织|主办|举办).*")) {
                continue;
            }
            Mention led = Cues.actorBefore(v, ms, s.start() + by.start(), 40);
            if (led == null || text.startsWith("的", led.end())) {
                continue;
            }
            Spans.Span quote = new Spans.Span(led.start(), ActiveInRule.clauseEnd(text, s, after));
            leaders.stream().filter(v::isActor).forEach(l -> v.add(l.entityId(), RelationType.LEADS,
                    led.entityId(), 0.75, quote));
        }
        for (Mention a : ms) {
            if (v.isActor(a)) {
                chairs(v, s, ms, a);
                leadsList(v, s, ms, a);
                ledProgramme(v, s, ms, a);
            }
        }
        underGuidance(v, s, ms, sentence);
    }

    /** "A 牵头/主导的 B": A leads the initiative its participle phrase names. */
    private static void ledProgramme(PassageView v, Spans.Span s, List<Mention> ms, Mention a) {
        String text = v.text();
        Matcher led = LED_BY_PARTICIPLE.matcher(text.substring(a.end(), s.end()));
        if (led.lookingAt()) {
            int k = Cues.indexAfter(text, ms, a.end() + led.end(), 2, m -> v.type(m) == EntityType.INITIATIVE);
            if (k >= 0) {
                v.add(a.entityId(), RelationType.LEADS, ms.get(k).entityId(), 0.7, new Spans.Span(a.start(), ms.get(k).end()));
            }
        }
    }

    /** "A 担任 B 主席", "A 在 B 中…既是成员又担任主席", "A leads B". */
    private static void chairs(PassageView v, Spans.Span s, List<Mention> ms, Mention a) {
        String text = v.text();
        String after = text.substring(a.end(), Math.min(s.end(), a.end() + 30));
        Matcher chair = CHAIR.matcher(after);
        if (chair.lookingAt() || after.matches("(?s)^\\s*(?:执行秘书|秘书长|总干事)?担任.*")) {
            int cue = a.end() + after.indexOf("担任") + 2;
            int k = Cues.indexAfter(v.text(), ms, cue, 2, v::isActor);
            if (k >= 0 && text.substring(ms.get(k).end(), Math.min(s.end(), ms.get(k).end() + 5)).matches("(?s)^(?:的)?(?:联合|共同)?主席.*")) {
                v.add(a.entityId(), RelationType.LEADS, ms.get(k).entityId(), 0.8,
                        new Spans.Span(a.start(), ms.get(k).end() + 2));
            }
        }
        Matcher inside = Pattern.compile("^在(?=\\S)").matcher(after);
        if (inside.find()) {
            int k = Cues.indexAfter(v.text(), ms, a.end() + 1, 0, v::isActor);
            if (k >= 0) {
                Mention body = ms.get(k);
                String tail = text.substring(body.end(), ActiveInRule.clauseEnd(text, s, body.end()));
                String next = text.substring(body.end(), Math.min(s.end(), body.end() + 24));
                if (next.matches("(?s)^中[^。；]{0,16}?担任主席.*") || tail.matches("(?s)^中.*担任主席.*")) {
                    v.add(a.entityId(), RelationType.LEADS, body.entityId(), 0.8,
                            new Spans.Span(a.start(), body.end() + next.indexOf("主席") + 2));
                }
            }
        }
        if (EN_LEADS.matcher(after).find()) {
            int k = Cues.indexAfter(v.text(), ms, a.end() + after.indexOf(' ', 1) + 1, 5, v::isActor);
            if (k >= 0) {
                v.add(a.entityId(), RelationType.LEADS, ms.get(k).entityId(), 0.75,
                        new Spans.Span(a.start(), ms.get(k).end()));
            }
        }
    }

    /** "A 开展或主持的各项主要计划和活动…具体如下：B、C、D". */
    private static void leadsList(PassageView v, Spans.Span s, List<Mention> ms, Mention a) {
        String text = v.text();
        Matcher m = LEADS_LIST.matcher(text.substring(a.end(), s.end()));
        if (!m.find()) {
            return;
        }
        int cue = a.end() + m.end();
        List<Mention> led = EntityLists.forward(text, ms, Cues.indexAfter(v.text(), ms, cue, 2, v::isActor), v::isActor);
        if (led.isEmpty()) {
            return;
        }
        int k = ms.indexOf(led.isEmpty() ? null : led.get(led.size() - 1)) + 1;
        for (; k < ms.size() && !led.isEmpty(); k++) {
            if (!v.isActor(ms.get(k)) || !text.substring(ms.get(k - 1).end(), ms.get(k).start()).isBlank()) {
                break;
            }
            led = new java.util.ArrayList<>(led);
            led.add(ms.get(k));
        }
        for (Mention x : led) {
            v.add(a.entityId(), RelationType.LEADS, x.entityId(), 0.7, new Spans.Span(a.start(), x.end()));
        }
    }

    /** "在 A 的主持/领导下，B …": A leads B, B being the first actor after the clause. */
    private static void underGuidance(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        Matcher m = Pattern.compile("在(?=\\S)").matcher(sentence);
        while (m.find()) {
            int k = Cues.indexAfter(v.text(), ms, s.start() + m.end(), 1, v::isActor);
            if (k < 0) {
                continue;
            }
            Mention leader = ms.get(k);
            String after = v.text().substring(leader.end(), Math.min(s.end(), leader.end() + 8));
            if (!after.matches("(?s)^\\s*(?:的)?(?:主持|领导|牵头|协调)下.*")) {
                continue;
            }
            int clauseEnd = ActiveInRule.clauseEnd(v.text(), s, leader.end());
            int j = Cues.indexAfter(v.text(), ms, clauseEnd, 2, v::isActor);
            if (j >= 0) {
                v.add(leader.entityId(), RelationType.LEADS, ms.get(j).entityId(), 0.6,
                        new Spans.Span(s.start() + m.start(), ActiveInRule.clauseEnd(v.text(), s, ms.get(j).end())));
            }
        }
    }
}
