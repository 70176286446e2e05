package org.synergraph.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synergraph.corpus.Passage;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.Evidence;
import org.synergraph.extract.Mention;
import org.synergraph.extract.Method;
import org.synergraph.extract.Relation;
import org.synergraph.extract.RelationType;
import org.synergraph.extract.RelationStatus;
import org.synergraph.extract.Spans;

/**
 * Reads relations from one passage with the constructions of one language: each sentence becomes a skeleton of
 * groups, every construction is matched at every position, and each match gives one relation per pair of slot
 * members. The same engine serves every language; only the catalogue differs.
 */
final class ConstructionEngine {
    /** How far before a match a request or a planned marker is looked for: the clause's opening, not the page. */
    private static final int LOOK_BACK = 160;
    /** A "sentence" longer than this is no prose (a table or a dump without stops): it is not read. */
    static final int MAX_SENTENCE = 2_000;
    private final Catalogue catalogue;
    private final Coordination coordination;
    private final Pattern planned;
    private final Pattern requests;
    private final Pattern continued;
    private final Pattern negations;
    private final Pattern notSubject;
    /** "The (first) session of X": a sentence about a body's meeting is about the body. */
    private final Pattern meetingOf;
    private final Amounts amounts;
    private final int subjectReach;
    private final boolean english;

    ConstructionEngine(Catalogue catalogue, Amounts amounts, int subjectReach) {
        this.catalogue = catalogue;
        this.english = "en".equals(catalogue.language());
        this.coordination = new Coordination(catalogue.words("coordinators"), catalogue.words("countrySuffixes"),
                catalogue.words("currencyWords"),
                english);
        this.planned = words("planned");
        this.requests = requestPattern();
        this.continued = words("continued");
        this.negations = words("negations");
        this.notSubject = words("notSubject");
        List<String> meetings = catalogue.words("meetingOf");
        this.meetingOf = Pattern.compile(meetings.isEmpty() ? "(?!)" : "(?i)\\s*(?:the |a |this |its )?(?:[\\w-]+ ){0,3}?(?:"
                + Catalogue.alternation(meetings) + ") (?:the )?");
        this.amounts = amounts;
        this.subjectReach = subjectReach;
    }

    /** In Chinese a request opens its clause ("请秘书处…", "，并鼓励…"); in English it is a verb anywhere before. */
    private Pattern requestPattern() {
        List<String> w = catalogue.words("requests");
        if (w.isEmpty() || english) {
            return words("requests");
        }
        List<String> adverbs = catalogue.words("requestAdverbs");
        String adv = adverbs.isEmpty() ? "" : "(?:" + Catalogue.alternation(adverbs) + ")*";
        return Pattern.compile("(?:^|[，,；;：:])\\s*" + adv + "(?:" + Catalogue.alternation(w) + ")");
    }

    private Pattern words(String list) {
        List<String> w = catalogue.words(list);
        String body = w.isEmpty() ? "(?!)" : Catalogue.alternation(w);
        return Pattern.compile(english ? "\\b(?:" + body + ")\\b" : "(?:" + body + ")",
                english ? Pattern.CASE_INSENSITIVE : 0);
    }

    /** What one sentence of a passage gives: its skeleton and its own subject (null when it has none). */
    record Sentence(Spans.Span span, Skeleton skeleton, Group subject, Group countrySubject) {
    }

    /** The skeleton of each sentence, with the sentence's subject. */
    List<Sentence> sentences(String text, List<Mention> mentions, List<Mention> anaphors,
                             Function<String, EntityType> typeOf) {
        List<Sentence> out = new ArrayList<>();
        for (Spans.Span s : Spans.sentences(text)) {
            if (s.end() - s.start() > MAX_SENTENCE) {
                continue;
            }
            List<Mention> in = mentions.stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
            List<Group> groups = coordination.groups(text, in, typeOf, anaphors);
            Skeleton sk = Skeleton.of(text, s.start(), s.end(), groups, english);
            Group first = firstGroup(sk);
            boolean country = first != null && first.types().stream().allMatch(t -> t == EntityType.COUNTRY);
            out.add(new Sentence(s, sk, first == null || country ? null : first, country ? first : null));
        }
        return out;
    }

    /** The first group of a skeleton when little but a time phrase precedes it; null for a region. */
    private Group firstGroup(Skeleton sk) {
        for (int k : sk.groupOffsets()) {
            Group g = sk.groupAt(k);
            String lead = sk.text().substring(0, k);
            if (lead.chars().anyMatch(c -> SlotType.isGroup((char) c))) {
                return null;
            }
            int cut = Math.max(lead.lastIndexOf('，'), lead.lastIndexOf(','));
            String before = lead.substring(cut + 1);
            if (before.length() > subjectReach || notSubject.matcher(before).find()
                    && !meetingOf.matcher(before).matches()) {
                return null;
            }
            return g.types().contains(EntityType.REGION) ? null
                    : Group.isPlace(g.types().get(0)) ? g : head(sk, k);
        }
        return null;
    }

    /** In "A的B" and "AB" (a name right before another) the second is the head: "粮农组织的X计划" is about X. */
    private static Group head(Skeleton sk, int k) {
        String t = sk.text();
        int at = k;
        while (true) {
            int next = at + 1 < t.length() && t.charAt(at + 1) == '的' ? at + 2 : at + 1;
            if (next >= t.length() || !SlotType.isGroup(t.charAt(next))
                    || Group.isPlace(sk.groupAt(next).types().get(0))) {
                return sk.groupAt(at);
            }
            at = next;
        }
    }

    /**
     * Relations of one passage.
     *
     * @param fallback the subject of sentences that name none of their own: the passage's first subject or its
     *                 topic, as ids; empty when there is none
     * @param topic    the passage's topic, as ids (empty when none): who "@subject" is when the sentence's own
     *                 subject is the very argument a construction reads ("grateful to our donors, notably A")
     */
    List<Relation> read(Passage passage, List<Sentence> sentences, List<String> fallback, List<String> topic) {
        Map<String, Relation> out = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            int groups = s.skeleton().groupOffsets().size();
            if (groups == 0) {
                continue;
            }
            List<String> subject = s.subject() != null ? s.subject().ids() : fallback;
            boolean inferred = s.subject() == null || s.subject().anaphor();
            String text = english ? s.skeleton().text().toLowerCase(java.util.Locale.ROOT) : s.skeleton().text();
            Map<String, Boolean> present = new java.util.HashMap<>();
            for (Construction c : catalogue.constructions()) {
                if (groups < c.slots() || !c.required().stream().allMatch(list -> present.computeIfAbsent(list,
                        l -> catalogue.words(l).stream().anyMatch(w -> text.contains(english
                                ? w.toLowerCase(java.util.Locale.ROOT) : w))))) {
                    continue;
                }
                Matcher m = c.pattern().matcher(s.skeleton().text());
                for (int from = 0; from < s.skeleton().text().length() && m.find(from); from = m.start() + 1) {
                    boolean country = s.countrySubject() != null && c.subjectType().accepts(EntityType.COUNTRY);
                    emit(passage, s, c, m, country ? s.countrySubject().ids() : subject, !country && inferred,
                            topic, out);
                }
            }
        }
        return List.copyOf(out.values());
    }

    private void emit(Passage passage, Sentence s, Construction c, Matcher m, List<String> sentenceSubject,
                      boolean subjectInferred, List<String> topic, Map<String, Relation> out) {
        Skeleton sk = s.skeleton();
        String matched = sk.text().substring(m.start(), m.end());
        String lead = sk.text().substring(Math.max(0, m.start() - LOOK_BACK), m.start());
        if (c.unless() != null && c.unless().matcher(matched).find() || negations.matcher(matched).find()
                || requests.matcher(lead + matched).find() && !continued.matcher(matched).find()) {
            return;
        }
        List<String[]> pairs = new ArrayList<>();
        Confidence confidence = c.confidence();
        if (c.pairing() == Construction.Pairing.WITHIN) {
            Group g = slot(sk, m, c, c.object());
            if (g == null || g.members().size() < 2) {
                return;
            }
            List<String> ids = g.ids();
            ids.subList(1, ids.size()).forEach(o -> pairs.add(new String[] {ids.get(0), o}));
        } else {
            Group subj = slot(sk, m, c, c.subject());
            Group obj = slot(sk, m, c, c.object());
            Group own = subj != null ? subj : obj;
            List<String> other = own != null && s.subject() != null && own.start() == s.subject().start()
                    ? topic : sentenceSubject;
            List<String> subjects = subj != null ? subj.ids() : other;
            List<String> objects = obj != null ? obj.ids()
                    : c.object().equals(Construction.SENTENCE_SUBJECT) ? other : List.of();
            if (subjects.isEmpty() || objects.isEmpty() || subj == null && obj == null) {
                return;
            }
            boolean inferred = subj == null || obj == null ? subjectInferred : subj.anaphor() || obj.anaphor();
            if (inferred) {
                confidence = confidence.lower();
            }
            subjects.forEach(a -> objects.forEach(b -> pairs.add(new String[] {a, b})));
        }
        int start = sk.textStart(m.start());
        int end = sk.textEnd(m.end());
        String text = passage.text();
        String quote = text.substring(start, end);
        Evidence ev = new Evidence(passage.documentId(), passage.id(), passage.label(), quote, start, end, c.id());
        RelationStatus status = c.predicate() == RelationType.ACTIVE_IN
                && planned.matcher(clauseLead(lead) + matched).find() ? RelationStatus.PLANNED : RelationStatus.ACTIVE;
        Amounts.Money money = c.predicate() == RelationType.FUNDS ? amounts.money(quote) : null;
        Integer year = c.predicate() == RelationType.FUNDS ? Amounts.year(quote) : null;
        List<String> funders = pairs.stream().map(p -> p[0]).distinct().toList();
        List<String> coFunders = money != null && funders.size() > 1 ? funders : List.of();
        for (String[] p : pairs) {
            if (p[0].equals(p[1])) {
                continue;
            }
            Relation r = new Relation(p[0], c.predicate(), p[1], status, money == null ? null : money.amount(),
                    money == null ? null : money.currency(), year, Method.RULE, confidence.value(), ev, coFunders);
            Relation earlier = out.get(r.key());
            if (earlier == null || earlier.confidence() < r.confidence()) {
                out.put(r.key(), r);
            }
        }
    }

    /** The part of the skeleton before a match that lies in the match's own clause. */
    private static String clauseLead(String lead) {
        int cut = Math.max(Math.max(lead.lastIndexOf('，'), lead.lastIndexOf(',')), lead.lastIndexOf('：'));
        return lead.substring(cut + 1);
    }

    private static Group slot(Skeleton sk, Matcher m, Construction c, String name) {
        if (!c.slotNames().contains(name)) {
            return null;
        }
        int at = m.start(name);
        return at < 0 ? null : sk.groupAt(at);
    }
}
