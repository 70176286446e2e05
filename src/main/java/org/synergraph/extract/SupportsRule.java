package org.synergraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who supports whom. "在 A 的支持/协助下，B…", "得到 A、B 的支持" (the sentence's subject is supported), "A 支持(落实) B",
 * "受 A 支持的 B", "A 为/向 B 提供支持", "with the support of A", "supported by A", "A supports B".
 */
final class SupportsRule implements RelationRules.Rule {
    private static final Pattern UNDER = Pattern.compile("在(?=\\S)|with the (?:support|assistance) of\\s");
    private static final Pattern GOT = Pattern.compile("得到(?:了)?|受到(?:了)?|supported by\\s|assisted by\\s");
    private static final Pattern VERB = Pattern.compile(
            "^\\s*(?:还|也|继续|一直|积极)?(?:支持|协助|援助)(?:落实|实施|执行|开展)?(?!下)|^\\s+(?:supports|assists)\\s");
    private static final Pattern RECEIVED_BY = Pattern.compile("^\\s*(?:的)?(?:支持|协助|资助)的");

    @Override
    public void apply(PassageView v) {
        String text = v.text();
        for (Spans.Span s : v.sentences()) {
            List<Mention> ms = v.mentionsIn(s);
            String sentence = text.substring(s.start(), s.end());
            under(v, s, ms, sentence);
            got(v, s, ms, sentence);
            for (Mention a : ms) {
                if (!v.isActor(a)) {
                    continue;
                }
                String after = text.substring(a.end(), Math.min(s.end(), a.end() + 14));
                Matcher verb = VERB.matcher(after);
                if (verb.find()) {
                    String before = text.substring(Math.max(s.start(), a.start() - 2), a.start());
                    int k = Cues.indexAfter(ms, a.end() + verb.end(), 1, x -> v.isActor(x) || v.isPlace(x));
                    if (k >= 0 && !before.endsWith("在")) {
                        v.add(a.entityId(), RelationType.SUPPORTS, ms.get(k).entityId(), 0.75,
                                new Spans.Span(a.start(), ms.get(k).end()));
                    }
                }
                String tail = text.substring(Math.max(s.start(), a.start() - 1), a.start());
                Matcher rb = RECEIVED_BY.matcher(after);
                if (tail.equals("受") && rb.find()) {
                    int k = Cues.indexAfter(ms, a.end() + rb.end(), 2, x -> v.isActor(x) || v.isPlace(x));
                    if (k >= 0) {
                        v.add(a.entityId(), RelationType.SUPPORTS, ms.get(k).entityId(), 0.75,
                                new Spans.Span(a.start() - 1, ms.get(k).end()));
                    }
                }
            }
        }
    }

    /** "在 A 的支持下，B …": A supports B, B being the first actor or country after the cue. */
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
            if (!english && !rest.matches("(?s)^\\s*(?:的)?(?:支持|协助|资助)下.*")) {
                continue;
            }
            int clauseEnd = ActiveInRule.clauseEnd(v.text(), s, after);
            int j = Cues.indexAfter(ms, clauseEnd, 3, x -> v.isActor(x) || v.isPlace(x));
            String supported = j >= 0 ? ms.get(j).entityId() : null;
            if (supported == null) {
                Mention before = Cues.actorBefore(v, ms, s.start() + m.start(), 2);
                supported = before == null ? null : before.entityId();
            }
            if (supported == null) {
                continue;
            }
            int end = j >= 0 ? ActiveInRule.clauseEnd(v.text(), s, ms.get(j).end()) : clauseEnd;
            Spans.Span quote = new Spans.Span(Math.min(s.start() + m.start(), j >= 0 ? ms.get(j).start() : s.end()), end);
            String id = supported;
            supporters.forEach(x -> v.add(x.entityId(), RelationType.SUPPORTS, id, 0.8,
                    new Spans.Span(Math.min(quote.start(), s.start() + m.start()), quote.end())));
        }
    }

    /** "X…得到了 A、B 和 C 的支持": each supports the sentence's subject. */
    private static void got(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        Matcher m = GOT.matcher(sentence);
        while (m.find()) {
            List<Mention> supporters = Cues.actorsAfter(v, ms, s.start() + m.end(), 2);
            if (supporters.isEmpty()) {
                continue;
            }
            int after = supporters.get(supporters.size() - 1).end();
            String rest = v.text().substring(after, Math.min(s.end(), after + 6));
            boolean english = m.group().length() > 3;
            if (!english && !rest.matches("(?s)^\\s*(?:的)?(?:支持|协助|资助).*")) {
                continue;
            }
            String supported = v.subjectFor(s);
            if (supported == null) {
                continue;
            }
            Spans.Span quote = new Spans.Span(s.start(), ActiveInRule.clauseEnd(v.text(), s, after));
            supporters.forEach(x -> v.add(x.entityId(), RelationType.SUPPORTS, supported, 0.75, quote));
        }
    }
}
