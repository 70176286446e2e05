package org.synergraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Programmes a body owns or founded, which it therefore leads: "X 是 A、B 和 C 的(旗舰)(合作)计划", "A 正在实施 B",
 * "A 设立/结成 B", "A 倡议和计划…包括 B 和 C", and "仅就 A 牵头举措进行报告。B：…" (the initiatives opening the
 * sentences after such a cue are A's).
 */
final class OwnedProgrammesRule extends SentenceRule {
    private static final String LEAD = "牵头|主持|领导|协调|主导|负责";

    @Override
    public void apply(PassageView v) {
        super.apply(v);
        ledHeadings(v);
    }

    @Override
    void applyTo(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        ownProgramme(v, s, ms, sentence);
        founds(v, s, ms);
        theirInitiatives(v, s, ms, sentence);
    }

    /** "X 是 A、B 和 C 的(旗舰)(合作)计划": A, B and C lead X. "A 正在实施 B": A leads B. */
    private static void ownProgramme(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        String text = v.text();
        Matcher is = Pattern.compile("是(?=\\S)").matcher(sentence);
        while (is.find()) {
            Mention x = Cues.actorBefore(v, ms, s.start() + is.start(), 1);
            List<Mention> owners = Cues.actorsAfter(v, ms, s.start() + is.end(), 0);
            if (x == null || owners.isEmpty()) {
                continue;
            }
            int end = owners.get(owners.size() - 1).end();
            Matcher own = Pattern.compile("^[^，。；、]{0,30}?的(?:旗舰)?(?:合作|联合)?(?:计划|倡议|项目|方案|举措)")
                    .matcher(Cues.maskTitles(text.substring(end, s.end())));
            if (own.find()) {
                Spans.Span quote = new Spans.Span(x.start(), end + own.end());
                owners.stream().filter(v::isActor).forEach(o -> v.add(o.entityId(), RelationType.LEADS, x.entityId(),
                        0.7, quote));
            }
        }
        for (Mention a : ms) {
            String after = text.substring(a.end(), Math.min(s.end(), a.end() + 8));
            Matcher run = Pattern.compile("^\\s*(?:正在|负责|牵头)(?:实施|执行|管理)").matcher(after);
            if (v.isActor(a) && run.find()) {
                int k = Cues.indexAfter(v.text(), ms, a.end() + run.end(), 2, m -> v.type(m) == EntityType.INITIATIVE);
                if (k >= 0) {
                    v.add(a.entityId(), RelationType.LEADS, ms.get(k).entityId(), 0.65,
                            new Spans.Span(a.start(), ms.get(k).end()));
                }
            }
        }
    }

    /** "A 设立 B", "A 和 B 结成 C": who sets a body up or founds it leads it. */
    private static void founds(PassageView v, Spans.Span s, List<Mention> ms) {
        String text = v.text();
        for (int i = 0; i < ms.size(); i++) {
            List<Mention> founders = EntityLists.forward(text, ms, i, v::isActor);
            if (founders.isEmpty()) {
                continue;
            }
            int end = ActiveInRule.endOf(ms, i, founders);
            Matcher m = Pattern.compile("^[\\s）)]*(?:共同|联合)?(?:设立|结成|创立|创建|发起成立)(?:了)?").matcher(text.substring(end, s.end()));
            String before = text.substring(Math.max(s.start(), founders.get(0).start() - 1), founders.get(0).start());
            if (m.find() && !before.matches("[与同和由在]")) {
                int k = Cues.indexAfter(v.text(), ms, end + m.end(), 1, v::isActor);
                if (k >= 0) {
                    Spans.Span quote = new Spans.Span(founders.get(0).start(), ms.get(k).end());
                    founders.forEach(f -> v.add(f.entityId(), RelationType.LEADS, ms.get(k).entityId(), 0.6, quote));
                }
            }
            i += ActiveInRule.countAt(ms, i, end) - 1;
        }
    }

    /** "A 倡议和计划，…包括 B 和 C": A's own initiatives are led by A. */
    private static void theirInitiatives(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        String text = v.text();
        for (Mention a : ms) {
            Matcher own = Pattern.compile("^(?:的)?(?:倡议|计划|项目|举措)(?:和(?:倡议|计划|项目))?[^。；]{0,30}?包括")
                    .matcher(text.substring(a.end(), s.end()));
            if (!v.isActor(a) || !own.find()) {
                continue;
            }
            List<Mention> led = Cues.actorsAfter(v, ms, a.end() + own.end(), 1);
            Spans.Span quote = new Spans.Span(a.start(), led.isEmpty() ? a.end() : led.get(led.size() - 1).end());
            led.stream().filter(x -> v.type(x) == EntityType.INITIATIVE)
                    .forEach(x -> v.addPresupposed(a.entityId(), RelationType.LEADS, x.entityId(), 0.6, quote));
        }
    }

    /** "仅就 A 牵头举措进行报告。B：…。C：…": sentences opening with "initiative：" after such a cue are A's. */
    private static void ledHeadings(PassageView v) {
        String text = v.text();
        String leader = null;
        for (Spans.Span s : v.sentences()) {
            List<Mention> ms = v.mentionsIn(s);
            if (leader != null && !ms.isEmpty() && ms.get(0).start() == s.start()
                    && text.startsWith("：", ms.get(0).end()) && v.type(ms.get(0)) == EntityType.INITIATIVE) {
                v.add(leader, RelationType.LEADS, ms.get(0).entityId(), 0.6, new Spans.Span(s.start(), ms.get(0).end()));
            }
            for (Mention a : ms) {
                if (v.isActor(a) && text.substring(a.end(), Math.min(s.end(), a.end() + 8))
                        .matches("(?s)^(?:(?:" + LEAD + ")|(?:或)?联合(?:" + LEAD + "))+的?(?:举措|倡议|项目|活动).*")) {
                    leader = a.entityId();
                }
            }
        }
    }
}
