package org.synergraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an initiative works. "X 已开始在 A、B 和 C 实施", "X 扩大实施范围，包括 A、B", "X is implemented in A and B"
 * (subject first); "A 和 B 也打算实施该计划" (places first, the initiative after the verb). Markers such as
 * 计划/打算/即将/拟 or "plans to/will" make the status planned.
 */
final class ActiveInRule implements RelationRules.Rule {
    private static final Pattern CUE_BEFORE_LIST = Pattern.compile(
            "(?:在|于|包括|涵盖|覆盖|到|至|\\bin|\\bto|including|such as)$");
    private static final Pattern TRIGGER = Pattern.compile("实施|开展|推广|试点|运作|运行|扩大|扩展|覆盖|涵盖|启动|执行|部署"
            + "|implement|operat|active|start|expand|extend|launch|pilot|work|run|roll|举办|组织|召开|held|organi[sz]ed");
    private static final Pattern EVENT = Pattern.compile("举办|组织|召开|held|organi[sz]ed");
    private static final Pattern PLANNED = Pattern.compile("计划|打算|即将|拟|预计|将于|将在|将开始|将扩大|将扩展|将启动"
            + "|plans? to|planned|will|intends? to|expected to|(?:is|are) to be|due to");
    private static final Pattern PLACES_FIRST = Pattern.compile(
            "^\\s*(?:也|还|均|都|亦)?\\s*(?:计划|打算|拟|将|即将|已|已经|正|正在|开始)*[^，。；]{0,20}?(?:实施|开展|加入|试行|参与)");
    private static final Pattern SUPPORTED_TO = Pattern.compile(
            "^[）)]?\\s*(?:获得|得到|接受)(?:了)?(?:直接)?(?:支持|援助|资助)[，,]\\s*(?:进行|开展|实施|制定|推进)");
    private static final Pattern COUNTRY_AT_WORK = Pattern.compile(
            "^\\s*(?:也|还|均|都)?\\s*(?:正在|正|已经|已)\\s*(?:采用|测试|试点|实施|试行)");

    @Override
    public void apply(PassageView v) {
        String text = v.text();
        for (Spans.Span s : v.sentences()) {
            List<Mention> ms = v.mentionsIn(s);
            int prevEnd = s.start();
            for (int i = 0; i < ms.size(); i++) {
                if (!v.isPlace(ms.get(i))) {
                    continue;
                }
                List<Mention> list = EntityLists.forward(text, ms, i, v::isPlace);
                Mention first = list.get(0);
                int listEnd = endOf(ms, i, list);
                String before = text.substring(s.start(), first.start()).replaceAll("[\\s“”\"《》（(]+$", "");
                if (CUE_BEFORE_LIST.matcher(before).find()) {
                    subjectFirst(v, s, ms, i, list, prevEnd, listEnd);
                } else if (text.substring(clauseStart(text, s, first.start()), first.start())
                        .matches("(?s)\\s*(?:\\d+\\s*个(?:国家|缔约方)[（(])?\\s*")) {
                    placesFirst(v, s, ms, i, list, listEnd);
                }
                prevEnd = listEnd;
                i += countAt(ms, i, listEnd) - 1;
            }
        }
    }

    private static void subjectFirst(PassageView v, Spans.Span s, List<Mention> ms, int i, List<Mention> list,
                                     int prevEnd, int listEnd) {
        Mention found = null;
        for (int k = i - 1; k >= 0 && found == null; k--) {
            if (v.type(ms.get(k)) == EntityType.INITIATIVE) {
                found = ms.get(k);
            }
        }
        if (found == null && v.topic() != null && ms.stream().noneMatch(v::isActor)) {
            found = new Mention(v.topic(), s.start(), s.start(), "");
        }
        if (found == null) {
            return;
        }
        Mention subject = found;
        String text = v.text();
        int windowStart = Math.max(subject.end(), prevEnd);
        int clauseEnd = localEnd(text, s, listEnd);
        for (Mention m : ms) {
            if (m.start() >= listEnd && m.start() < clauseEnd && v.isPlace(m)) {
                clauseEnd = m.start();
            }
        }
        String post = text.substring(listEnd, clauseEnd).split("\\s+and\\s+|并|而", 2)[0];
        String window = text.substring(windowStart, list.get(0).start()) + " " + post;
        if (!TRIGGER.matcher(window).find()) {
            return;
        }
        String status = PLANNED.matcher(window).find() ? "planned" : "active";
        boolean event = !TRIGGER.matcher(window.replaceAll(EVENT.pattern(), "")).find();
        if (event && (subject.surface().isEmpty() || !opensClause(text, s, subject))) {
            return;
        }
        double confidence = subject.surface().isEmpty() ? 0.6 : event ? 0.6 : v.isAnaphor(subject) ? 0.75 : 0.85;
        Spans.Span quote = new Spans.Span(Math.min(subject.start(), list.get(0).start()), clauseEnd);
        list.forEach(p -> v.add(subject.entityId(), RelationType.ACTIVE_IN, p.entityId(), status, null, null, null,
                confidence, quote));
    }

    private static void placesFirst(PassageView v, Spans.Span s, List<Mention> ms, int i, List<Mention> list,
                                     int listEnd) {
        String text = v.text();
        int clauseEnd = clauseEnd(text, s, listEnd);
        String rest = text.substring(listEnd, clauseEnd);
        Spans.Span quote = new Spans.Span(list.get(0).start(), clauseEnd);
        if (PLACES_FIRST.matcher(rest).find()) {
            for (Mention m : ms) {
                if (m.start() >= listEnd && m.end() <= clauseEnd && v.type(m) == EntityType.INITIATIVE) {
                    String status = PLANNED.matcher(rest.substring(0, m.start() - listEnd)).find() ? "planned" : "active";
                    list.forEach(p -> v.add(m.entityId(), RelationType.ACTIVE_IN, p.entityId(), status, null, null,
                            null, 0.8, quote));
                    break;
                }
            }
        }
        Matcher helped = SUPPORTED_TO.matcher(text.substring(listEnd, s.end()));
        if (helped.find()) {
            int k = Cues.indexAfter(v.text(), ms, listEnd + helped.end(), 2, m -> v.type(m) == EntityType.INITIATIVE);
            if (k >= 0) {
                Spans.Span q = new Spans.Span(quote.start(), ms.get(k).end());
                list.forEach(p -> v.add(ms.get(k).entityId(), RelationType.ACTIVE_IN, p.entityId(), "active", null,
                        null, null, 0.65, q));
            }
        }
        String topic = v.referredTopic();
        if (topic != null && COUNTRY_AT_WORK.matcher(rest).find()) {
            list.forEach(p -> v.add(topic, RelationType.ACTIVE_IN, p.entityId(), "active", null, null, null, 0.55,
                    quote));
        }
    }

    /** The end of the clause holding an offset, cut at the first clause mark even inside brackets. */
    static int localEnd(String text, Spans.Span s, int at) {
        for (int i = at; i < s.end(); i++) {
            if ("，,；;。：:）)".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.end();
    }

    private static boolean opensClause(String text, Spans.Span s, Mention m) {
        return Spans.clauses(text, s).stream().anyMatch(c -> m.start() >= c.start() && m.start() - c.start() <= 2);
    }

    static int endOf(List<Mention> ms, int i, List<Mention> list) {
        Mention last = list.get(list.size() - 1);
        int end = last.end();
        for (int k = i; k < ms.size() && ms.get(k).start() <= last.start(); k++) {
            end = Math.max(end, ms.get(k).end());
        }
        return end;
    }

    static int countAt(List<Mention> ms, int i, int end) {
        int n = 0;
        for (int k = i; k < ms.size() && ms.get(k).start() < end; k++) {
            n++;
        }
        return Math.max(1, n);
    }

    static int clauseStart(String text, Spans.Span s, int at) {
        for (Spans.Span c : Spans.clauses(text, s)) {
            if (c.start() <= at && at < c.end()) {
                return c.start();
            }
        }
        return s.start();
    }

    static int clauseEnd(String text, Spans.Span s, int at) {
        for (Spans.Span c : Spans.clauses(text, s)) {
            if (c.start() <= at && at <= c.end()) {
                return c.end();
            }
        }
        return s.end();
    }
}
