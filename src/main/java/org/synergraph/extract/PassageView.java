package org.synergraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synergraph.corpus.Passage;

/**
 * One passage as the rules see it: its sentences, its mentions (anaphors such as "该计划" resolved to the entity
 * they point back to), each mention's entity type, and a factory for relations quoting the passage.
 */
final class PassageView {
    private static final int MAX_SUBJECT_PREFIX = 24;
    private static final java.util.regex.Pattern REQUEST = java.util.regex.Pattern.compile(
            "(?:^|[，,；]|又|还|并)\\s*(?:邀请|请|鼓励|呼吁|敦促|要求)|\\b(?:invites?|requests?|encourages?|urges?|calls? (?:up)?on)\\b");
    /** Words before a mention that make it an object or an adjunct, not the subject. */
    private static final java.util.regex.Pattern NOT_SUBJECT = java.util.regex.Pattern.compile(
            "收到|得到|向|由|与|在|对|为|从|给|包括|通过|根据|经|请|要求|鼓励|呼吁|\\b(?:by|with|from|to|in|of|including)\\b");
    private final Passage passage;
    private final Gazetteer gazetteer;
    private final List<Spans.Span> sentences;
    private final List<Mention> mentions;
    private final String topic;
    private final List<Mention> anaphors;
    private final Map<String, Relation> relations = new LinkedHashMap<>();

    PassageView(Passage passage, List<Mention> real, Gazetteer gazetteer, String topic) {
        this.passage = passage;
        this.gazetteer = gazetteer;
        this.topic = topic;
        this.sentences = Spans.sentences(passage.text());
        List<Mention> subjects = new ArrayList<>();
        for (Spans.Span s : sentences) {
            Mention subject = firstActor(real, s);
            if (subject != null) {
                subjects.add(subject);
            }
        }
        this.anaphors = Anaphors.resolve(passage.text(), real, sentences, subjects, topic);
        List<Mention> all = new ArrayList<>(real);
        all.addAll(anaphors);
        all.sort(Comparator.comparingInt(Mention::start));
        this.mentions = List.copyOf(all);
    }

    String text() {
        return passage.text();
    }

    List<Spans.Span> sentences() {
        return sentences;
    }

    /** The topic the passage's context gives (section heading, cited paragraph), or null. */
    String topic() {
        return topic;
    }

    boolean isAnaphor(Mention m) {
        return anaphors.contains(m);
    }

    /** The entity the passage refers back to with "该计划", "the programme" …, or null when it has no anaphor. */
    String referredTopic() {
        return anaphors.isEmpty() ? null : anaphors.get(0).entityId();
    }

    /** Mentions, anaphors included, that start inside a span, in text order. */
    List<Mention> mentionsIn(Spans.Span span) {
        return mentions.stream().filter(m -> m.start() >= span.start() && m.end() <= span.end()).toList();
    }

    EntityType type(Mention m) {
        return gazetteer.byId(m.entityId()).map(Entity::type).orElse(null);
    }

    boolean isPlace(Mention m) {
        EntityType t = type(m);
        return t == EntityType.COUNTRY || t == EntityType.REGION;
    }

    boolean isActor(Mention m) {
        EntityType t = type(m);
        return t == EntityType.ORGANISATION || t == EntityType.INITIATIVE || t == EntityType.CONVENTION;
    }

    /** The first organisation, initiative or convention of a sentence when little but a time phrase precedes it. */
    Mention subjectOf(Spans.Span sentence) {
        return firstActor(mentionsIn(sentence), sentence);
    }

    private Mention firstActor(List<Mention> ms, Spans.Span s) {
        for (Mention m : ms) {
            if (m.start() < s.start() || m.end() > s.end()) {
                continue;
            }
            if (m.start() - s.start() > MAX_SUBJECT_PREFIX
                    || NOT_SUBJECT.matcher(passage.text().substring(s.start(), m.start())).find()) {
                return null;
            }
            EntityType t = type(m);
            if (t == EntityType.COUNTRY || t == EntityType.REGION) {
                return null;
            }
            return t == null ? null : m;
        }
        return null;
    }

    /** Who a sentence is about: its own subject, else the passage's first subject, else the context topic. */
    String subjectFor(Spans.Span sentence) {
        Mention own = subjectOf(sentence);
        if (own != null) {
            return own.entityId();
        }
        Mention first = sentences.isEmpty() ? null : subjectOf(sentences.get(0));
        return first != null ? first.entityId() : topic;
    }

    /** The sentence holding an offset. */
    Spans.Span sentenceAt(int offset) {
        for (Spans.Span s : sentences) {
            if (s.contains(offset)) {
                return s;
            }
        }
        return new Spans.Span(0, passage.text().length());
    }

    /** Records a relation quoting [start, end) of the passage; the same fact twice keeps the more confident one. */
    void add(String subject, RelationType type, String object, String status, Double amount, String currency,
             Integer year, double confidence, Spans.Span quote) {
        add(subject, type, object, status, amount, currency, year, confidence, quote, true);
    }

    /** A relation the sentence takes for granted even inside a request ("呼吁支持实施 A 的倡议 B"). */
    void addPresupposed(String subject, RelationType type, String object, double confidence, Spans.Span quote) {
        add(subject, type, object, null, null, null, null, confidence, quote, false);
    }

    private void add(String subject, RelationType type, String object, String status, Double amount, String currency,
                     Integer year, double confidence, Spans.Span quote, boolean checkRequest) {
        if (subject == null || object == null || subject.equals(object)) {
            return;
        }
        String text = passage.text();
        if (checkRequest && isRequest(text, quote)) {
            return;
        }
        Evidence ev = new Evidence(passage.documentId(), passage.id(), passage.label(),
                text.substring(quote.start(), quote.end()), quote.start(), quote.end());
        Relation r = new Relation(subject, type, object, RelationStatus.parse(status), amount, currency, year, Method.RULE, confidence, ev);
        Relation earlier = relations.get(r.key());
        if (earlier == null || earlier.confidence() < confidence) {
            relations.put(r.key(), r);
        }
    }

    /** "邀请 A 与 B 合作", "requests A to…": a request is not a fact, unless it asks to continue what is done. */
    private boolean isRequest(String text, Spans.Span quote) {
        Spans.Span s = sentenceAt(quote.start());
        String lead = text.substring(Math.min(s.start(), quote.start()), quote.start());
        String said = text.substring(quote.start(), quote.end());
        return REQUEST.matcher(lead).find() && !said.contains("继续") && !said.contains("continue");
    }

    void add(String subject, RelationType type, String object, double confidence, Spans.Span quote) {
        add(subject, type, object, null, null, null, null, confidence, quote);
    }

    List<Relation> relations() {
        return List.copyOf(relations.values());
    }
}
