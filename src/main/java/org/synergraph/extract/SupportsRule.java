package org.synergraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who supports whom. "在 A 的支持/协助下，B…", "得到 A、B 的支持" (the sentence's subject is supported), "A(第十二届会议)
 * 支持(落实) B", "A 的工作对于支持落实 B", "A 推动落实 B", "受 A 支持的 B", "with the support of A", "supported by A",
 * "A supports B". What a subject provides or contributes to is {@link ContributionRule}. A request
 * ("要求 A 支持 B") is not a fact unless it asks A to continue. An initiative that supports a country works there, so
 * that also gives ACTIVE_IN.
 */
final class SupportsRule extends SentenceRule {
    private static final Pattern UNDER = Pattern.compile("在(?=\\S)|(?i:with the (?:support|assistance) of\\s)");
    private static final Pattern GOT = Pattern.compile("得到(?:了)?|受到(?:了)?|supported by\\s|assisted by\\s");
    private static final Pattern VERB = Pattern.compile("^\\s*(?:第[一二三四五六七八九十百\\d]+届(?:会议)?)?"
            + "(?:的(?:工作|活动|努力))?(?:对于|有助于|致力于|旨在)?(?:还|也|继续|一直|积极)?"
            + "(?:(?:支持|协助|援助)(?:各国|成员|缔约方)?(?:落实|实施|执行|开展)?|(?:推动|促进)(?:落实|实施|执行))(?!下|性)"
            + "|^\\s+(?:supports|assists|helps)\\s");
    private static final Pattern REQUEST = Pattern.compile("(?:要求|请|鼓励|呼吁|敦促|邀请)\\s*$");
    private static final Pattern RECEIVED_BY = Pattern.compile("^\\s*(?:的)?(?:支持|协助|资助)的");

    @Override
    void applyTo(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        under(v, s, ms, sentence);
        got(v, s, ms, sentence);
        for (Mention a : ms) {
            if (v.isActor(a)) {
                verb(v, s, ms, a);
                receivedBy(v, s, ms, a);
            }
        }
    }

    private static void verb(PassageView v, Spans.Span s, List<Mention> ms, Mention a) {
        String text = v.text();
        String after = text.substring(a.end(), Math.min(s.end(), a.end() + 20));
        Matcher verb = VERB.matcher(after);
        String before = text.substring(Math.max(s.start(), a.start() - 4), a.start());
        if (!verb.find() || before.endsWith("在") || REQUEST.matcher(before).find() && !after.contains("继续")) {
            return;
        }
        int k = Cues.indexAfter(v.text(), ms, a.end() + verb.end(), 20, x -> v.isActor(x) || v.isPlace(x));
        if (k < 0 || text.substring(a.end() + verb.end(), ms.get(k).start()).matches("(?s).*[，,。；].*")
                || Cues.qualifiesNoun(text, ms.get(k))) {
            return;
        }
        Mention supporter = a;
        double confidence = 0.75;
        if (before.endsWith("是")) {
            supporter = Cues.actorBefore(v, ms, a.start() - 1, 2);
            confidence = 0.65;
        }
        if (supporter != null) {
            add(v, supporter.entityId(), ms.get(k), confidence, new Spans.Span(supporter.start(), ms.get(k).end()));
        }
    }

    private static void receivedBy(PassageView v, Spans.Span s, List<Mention> ms, Mention a) {
        String text = v.text();
        String tail = text.substring(Math.max(s.start(), a.start() - 1), a.start());
        Matcher rb = RECEIVED_BY.matcher(text.substring(a.end(), Math.min(s.end(), a.end() + 8)));
        if (tail.equals("受") && rb.find()) {
            int k = Cues.indexAfter(v.text(), ms, a.end() + rb.end(), 2, x -> v.isActor(x) || v.isPlace(x));
            if (k >= 0) {
                add(v, a.entityId(), ms.get(k), 0.75, new Spans.Span(a.start() - 1, ms.get(k).end()));
            }
        }
    }

    /** "在 A 的支持下(最终提出) B …": A supports the first actor or country after the cue in that clause or the next. */
    private static void under(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        Matcher m = UNDER.matcher(sentence);
        while (m.find()) {
            List<Mention> supporters = Cues.actorsAfter(v, ms, s.start() + m.end(), 1);
            if (supporters.isEmpty()) {
                continue;
            }
            int after = supporters.get(supporters.size() - 1).end();
            String rest = v.text().substring(after, Math.min(s.end(), after + 10));
            boolean english = m.group().length() > 1;
            Matcher under = Pattern.compile("^\\s*(?:的)?(?:支持|协助|资助)下").matcher(rest);
            if (!english && !under.find()) {
                continue;
            }
            int from = english ? after : after + under.end();
            int j = Cues.indexAfter(v.text(), ms, from, 14, x -> v.isActor(x) || v.isPlace(x));
            String gap = j < 0 ? "" : v.text().substring(from, ms.get(j).start()).replaceAll("(?i)\\bthe\\b", "");
            if (j < 0 || gap.matches("(?s).*[，,。；].*") && !gap.matches("(?s)^\\s*[，,]\\s*$")) {
                continue;
            }
            Spans.Span quote = new Spans.Span(s.start() + m.start(), ActiveInRule.clauseEnd(v.text(), s, ms.get(j).end()));
            supporters.forEach(x -> add(v, x.entityId(), ms.get(j), 0.8, quote));
            for (Spans.Span c : Spans.clauses(v.text(), s)) {
                int k = Cues.indexAfter(v.text(), ms, c.start(), 0, v::isPlace);
                if (c.start() > quote.end() - 1 && k >= 0) {
                    Spans.Span q = new Spans.Span(s.start() + m.start(), c.end());
                    supporters.forEach(x -> add(v, x.entityId(), ms.get(k), 0.7, q));
                }
            }
        }
    }

    /** "X…得到了(…、)A、B 和 C 的支持": each supports the sentence's subject. */
    private static void got(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        Matcher m = GOT.matcher(sentence);
        while (m.find()) {
            int k = Cues.indexAfter(v.text(), ms, s.start() + m.end(), 12, v::isActor);
            if (k < 0 || v.text().substring(s.start() + m.end(), ms.get(k).start()).matches("(?s).*[，,。；].*")) {
                continue;
            }
            List<Mention> supporters = EntityLists.forward(v.text(), ms, k, v::isActor);
            int after = supporters.get(supporters.size() - 1).end();
            String rest = v.text().substring(after, Math.min(s.end(), after + 6));
            boolean english = m.group().length() > 3;
            String supported = v.subjectFor(s);
            if (!english && !rest.matches("(?s)^\\s*(?:的)?(?:支持|协助|资助).*") || supported == null) {
                continue;
            }
            Spans.Span quote = new Spans.Span(s.start(), ActiveInRule.clauseEnd(v.text(), s, after));
            supporters.forEach(x -> v.add(x.entityId(), RelationType.SUPPORTS, supported, 0.75, quote));
        }
    }

    static void add(PassageView v, String supporter, Mention supported, double confidence, Spans.Span quote) {
        v.add(supporter, RelationType.SUPPORTS, supported.entityId(), confidence, quote);
        if (v.type(supported) == EntityType.COUNTRY && isInitiative(v, supporter)) {
            v.add(supporter, RelationType.ACTIVE_IN, supported.entityId(), "active", null, null, null,
                    confidence - 0.1, quote);
        }
    }

    private static boolean isInitiative(PassageView v, String id) {
        return v.type(new Mention(id, 0, 0, "")) == EntityType.INITIATIVE;
    }
}
