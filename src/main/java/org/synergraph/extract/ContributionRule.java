package org.synergraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Support told as what the sentence's own subject does for something: "A…，为(国家牵头的) B 提供支持", "A…通过各种倡议
 * 支持各国实施 B", "A…，重点是推动落实 B" (a clause opening with the purpose), "A 还为 B 的审议工作做出贡献", "A…对 B 作出
 * 直接贡献". The subject must be the sentence's own (named, or an anaphor such as 该计划), never one carried over from an
 * earlier sentence.
 */
final class ContributionRule extends SentenceRule {
    private static final Pattern FOR = Pattern.compile("为(?=\\S)");
    private static final Pattern PURPOSE = Pattern.compile(
            "(?:^|[，,])\\s*(?:重点是|旨在|目的是|以便|以)?(?:支持|推动|促进)(?:落实|实施|执行)");
    private static final Pattern OPENING = Pattern.compile("[\\s\\d.．、，,()（）a-z年月日至-]*");
    private static final Pattern CONTRIBUTES = Pattern.compile("(?:为|对)(?=\\S)([^，,。；：:]{1,60}?)(?:作出|做出)(?:了)?(?:的)?(?:直接|重要|积极|重大)?贡献");

    @Override
    void applyTo(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        provideFor(v, s, ms, sentence);
        helpCountries(v, s, ms, sentence);
        purpose(v, s, ms, sentence);
        contributes(v, s, ms, sentence);
    }

    /**
     * "A…，重点是推动落实 B": the purpose clause's B is supported by the sentence's subject, which must open the sentence
     * (after a number or a date at most: in "审议 A 动态，支持落实 B" A is an object).
     */
    private static void purpose(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        Mention subject = v.subjectOf(s);
        if (subject != null && !OPENING.matcher(v.text().substring(s.start(), subject.start())).matches()) {
            return;
        }
        Matcher m = PURPOSE.matcher(sentence);
        while (m.find() && subject != null) {
            int cue = s.start() + m.end();
            int k = Cues.indexAfter(v.text(), ms, cue, 0, x -> v.isActor(x));
            if (k >= 0 && cue > subject.end() && !Cues.qualifiesNoun(v.text(), ms.get(k))) {
                SupportsRule.add(v, subject.entityId(), ms.get(k), 0.65, new Spans.Span(subject.start(), ms.get(k).end()));
            }
        }
    }

    /** "A 还为 B(的审议工作)做出贡献": A supports each body or programme named between 为/对 and 贡献. */
    private static void contributes(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        Matcher m = CONTRIBUTES.matcher(Cues.maskTitles(sentence));
        while (m.find()) {
            int from = s.start() + m.start();
            Mention own = Cues.actorBefore(v, ms, from, 4);
            Mention subject = own != null ? own : v.subjectOf(s);
            if (subject == null || subject.end() > from) {
                continue;
            }
            int to = s.start() + m.end();
            for (Mention x : ms) {
                if (x.start() > from && x.end() <= s.start() + m.end(1) && v.isActor(x)) {
                    SupportsRule.add(v, subject.entityId(), x, 0.6, new Spans.Span(subject.start(), to));
                }
            }
        }
    }

    /** "X…，为(国家牵头的) B 提供支持": the sentence's subject supports B. */
    private static void provideFor(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        Matcher m = FOR.matcher(sentence);
        while (m.find()) {
            int k = Cues.indexAfter(v.text(), ms, s.start() + m.end(), 8, x -> v.isActor(x) || v.isPlace(x));
            if (k < 0) {
                continue;
            }
            Mention target = ms.get(k);
            String rest = v.text().substring(target.end(), ActiveInRule.localEnd(v.text(), s, target.end()));
            Mention own = Cues.actorBefore(v, ms, s.start() + m.start(), 4);
            Mention subject = own != null ? own : v.subjectOf(s);
            String supporter = subject == null ? null : subject.entityId();
            if (rest.matches("(?s)^(?:进程|工作|活动|实施|执行)?提供(?:了)?(?:技术|直接|资金)?(?:支持|援助)$") && supporter != null) {
                SupportsRule.add(v, supporter, target, 0.7, new Spans.Span(own != null ? own.start() : s.start() + m.start(),
                        target.end() + rest.length()));
            }
        }
    }

    /** "A …，通过各种倡议支持各国实施 X": A (the sentence's subject) supports X. */
    private static void helpCountries(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        Matcher m = Pattern.compile("支持(?:各国|成员国|缔约方|国家)(?:实施|落实|执行|开展)").matcher(sentence);
        Mention subject = v.subjectOf(s);
        while (m.find() && subject != null) {
            int k = Cues.indexAfter(v.text(), ms, s.start() + m.end(), 2, x -> v.type(x) == EntityType.INITIATIVE);
            if (k >= 0 && Cues.actorBefore(v, ms, s.start() + m.start(), 4) == null) {
                SupportsRule.add(v, subject.entityId(), ms.get(k), 0.65, new Spans.Span(subject.start(), ms.get(k).end()));
            }
        }
    }
}
