package org.synergraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who hosts what. "X(秘书处)设在/设于 A", "A 担任 B 秘书处", "X 于 2014 年在 A 成立", "由 A 主办的 X", "X is hosted by A",
 * "X is based at A", "A hosts X". The host is the subject.
 */
final class HostsRule extends SentenceRule {
    private static final Pattern SEATED = Pattern.compile("设(?:在|于)|(?:hosted|housed) (?:by|at|in)\\s|based (?:at|in)\\s");
    private static final Pattern FOUNDED_AT = Pattern.compile("在(?=\\S)");
    private static final Pattern HOSTED_BY = Pattern.compile("由");
    private static final Pattern EN_HOSTS = Pattern.compile("^\\s+hosts\\s");

    @Override
    void applyTo(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        String text = v.text();
        Matcher seat = SEATED.matcher(sentence);
        while (seat.find()) {
            Mention hosted = Cues.actorBefore(v, ms, s.start() + seat.start(), 6);
            int k = Cues.indexAfter(v.text(), ms, s.start() + seat.end(), 1, v::isActor);
            if (hosted != null && k >= 0) {
                v.add(ms.get(k).entityId(), RelationType.HOSTS, hosted.entityId(), 0.85,
                        new Spans.Span(hosted.start(), ms.get(k).end()));
            }
        }
        for (Mention a : ms) {
            if (!v.isActor(a)) {
                continue;
            }
            secretariatOf(v, s, ms, a);
            String after = text.substring(a.end(), Math.min(s.end(), a.end() + 8));
            if (EN_HOSTS.matcher(after).find()) {
                int k = Cues.indexAfter(v.text(), ms, a.end() + after.indexOf("hosts") + 6, 5, v::isActor);
                if (k >= 0) {
                    v.add(a.entityId(), RelationType.HOSTS, ms.get(k).entityId(), 0.75,
                            new Spans.Span(a.start(), ms.get(k).end()));
                }
            }
        }
        foundedAt(v, s, ms, sentence);
        hostedBy(v, s, ms, sentence);
    }

    /** "A 担任(该伙伴关系)秘书处": A hosts the body whose secretariat it is (the subject of the sentence by default). */
    private static void secretariatOf(PassageView v, Spans.Span s, List<Mention> ms, Mention a) {
        String text = v.text();
        String after = text.substring(a.end(), Math.min(s.end(), a.end() + 30));
        if (!after.startsWith("担任")) {
            return;
        }
        int cut = after.lastIndexOf("秘书处");
        if (cut < 0) {
            return;
        }
        Mention body = Cues.actorBefore(v, ms, a.end() + cut, 0);
        String id = body != null && body != a ? body.entityId() : v.subjectFor(s);
        v.add(a.entityId(), RelationType.HOSTS, id, 0.75, new Spans.Span(a.start(), a.end() + cut + 3));
    }

    /** "X 2014 年在 A 成立/设立". */
    private static void foundedAt(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        Matcher m = FOUNDED_AT.matcher(sentence);
        while (m.find()) {
            int k = Cues.indexAfter(v.text(), ms, s.start() + m.end(), 0, v::isActor);
            if (k < 0 || k == 0) {
                continue;
            }
            Mention host = ms.get(k);
            String after = v.text().substring(host.end(), Math.min(s.end(), host.end() + 4));
            Mention hosted = Cues.actorBefore(v, ms, s.start() + m.start(), 14);
            if (hosted != null && after.matches("(?s)^\\s*(?:成立|设立|建立).*")) {
                v.add(host.entityId(), RelationType.HOSTS, hosted.entityId(), 0.65,
                        new Spans.Span(hosted.start(), host.end() + 2));
            }
        }
    }

    /** "由 A 主办的 X". */
    private static void hostedBy(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        Matcher m = HOSTED_BY.matcher(sentence);
        while (m.find()) {
            int k = Cues.indexAfter(v.text(), ms, s.start() + m.end(), 0, x -> v.isActor(x) || v.isPlace(x));
            if (k < 0) {
                continue;
            }
            Mention host = ms.get(k);
            String after = v.text().substring(host.end(), Math.min(s.end(), host.end() + 30));
            int cue = after.indexOf("主办的");
            if (cue < 0 || after.substring(0, cue).matches("(?s).*[，,。；].*")) {
                continue;
            }
            int j = Cues.indexAfter(v.text(), ms, host.end() + cue + 3, 10, v::isActor);
            if (j >= 0) {
                v.add(host.entityId(), RelationType.HOSTS, ms.get(j).entityId(), 0.7,
                        new Spans.Span(s.start() + m.start(), ms.get(j).end()));
            }
        }
    }
}
