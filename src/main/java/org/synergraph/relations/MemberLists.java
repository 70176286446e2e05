package org.synergraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.synergraph.corpus.Passage;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.Evidence;
import org.synergraph.extract.Mention;
import org.synergraph.extract.Method;
import org.synergraph.extract.Relation;
import org.synergraph.extract.RelationType;

/**
 * Reads a list of members laid out as a list: a short line that names a body's members ("粮农组织理事会成员",
 * "Members of the Commission:") followed by lines that hold nothing but names (with footnote marks), one or a few
 * to a line. Each name is a member of the body the heading names, or, when the heading names none, of the body
 * the document is about. Meeting reports print their membership and attendance this way, not as sentences.
 */
final class MemberLists {
    /** A heading longer than this is a sentence, not a list's title. */
    private static final int MAX_HEADING = 60;
    /** Lines between the heading and the first name that may be skipped ("(自2003年1月1日起)", "Chair: …"). */
    private static final int MAX_PREAMBLE_LINES = 3;
    /** What may stand in a list line besides names: footnote digits and marks, separators, brackets, white space. */
    private static final Pattern LIST_FILLER = Pattern.compile("[\\s\\d*＊†‡#,，、;；.。:：()（）\\[\\]-]|\\band\\b|和|及");
    private final Pattern heading;
    private final String readingId;

    private MemberLists(Pattern heading, String readingId) {
        this.heading = heading;
        this.readingId = readingId;
    }

    /** The lists of one catalogue: its "memberListHeads" words; none when the catalogue has no such words. */
    static MemberLists of(Catalogue catalogue) {
        List<String> heads = catalogue.words("memberListHeads");
        boolean english = "en".equals(catalogue.language());
        String body = heads.isEmpty() ? "(?!)" : Catalogue.alternation(heads);
        Pattern p = Pattern.compile(english ? "(?i)\\b(?:" + body + ")\\b" : "(?:" + body + ")");
        return new MemberLists(p, catalogue.language() + ".member.list-under-heading");
    }

    /**
     * MEMBER_OF relations of the lists in a document's passages.
     *
     * @param topic the body the document is about (its issuing body), or null; a heading or the document's first
     *              line that names a body makes that body the topic of the lists below it
     */
    List<Relation> read(List<Passage> passages, Function<Passage, List<Mention>> mentions,
                        Function<String, EntityType> typeOf, String topic) {
        List<Relation> out = new ArrayList<>();
        String context = topic;
        for (int i = 0; i < passages.size(); i++) {
            Passage head = passages.get(i);
            String text = head.text().strip();
            if (head.kind() == org.synergraph.corpus.PassageKind.HEADING || i == 0) {
                String named = bodyOf(mentions.apply(head), typeOf, null);
                context = named != null ? named : context;
            }
            if (text.length() > MAX_HEADING || !heading.matcher(text).find() || !endsAtCue(text)) {
                continue;
            }
            String body = bodyOf(mentions.apply(head), typeOf, context);
            if (body == null) {
                continue;
            }
            int skipped = 0;
            boolean started = false;
            int j = i + 1;
            for (; j < passages.size(); j++) {
                Passage item = passages.get(j);
                List<Mention> names = mentions.apply(item).stream()
                        .filter(m -> isMember(typeOf.apply(m.entityId()))).toList();
                if (names.isEmpty() || !onlyNames(item.text(), names)) {
                    if (started || ++skipped > MAX_PREAMBLE_LINES) {
                        break;
                    }
                    continue;
                }
                started = true;
                for (Mention m : names) {
                    if (m.entityId().equals(body)) {
                        continue;
                    }
                    String quote = item.text();
                    Evidence ev = new Evidence(item.documentId(), item.id(), item.label(), quote, 0, quote.length(),
                            readingId);
                    out.add(new Relation(m.entityId(), RelationType.MEMBER_OF, body, null, null, null, null,
                            Method.RULE, Confidence.MEDIUM.value(), ev));
                }
            }
            if (started) {
                i = j - 1;
            }
        }
        return out;
    }

    /** The title ends with the members' word, perhaps followed by a colon or a bracketed date. */
    private boolean endsAtCue(String heading) {
        String text = heading.replaceAll("[（(][^）)]*[）)]", "").strip();
        java.util.regex.Matcher m = this.heading.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        String rest = end < 0 ? "x" : text.substring(end).strip();
        return rest.isEmpty() || rest.matches("[:：]?") || rest.matches("(?i)(?:of|of the)\\s.*");
    }

    /** The last body named in the heading, else the document's own body. */
    private static String bodyOf(List<Mention> inHeading, Function<String, EntityType> typeOf, String topic) {
        for (int k = inHeading.size() - 1; k >= 0; k--) {
            EntityType t = typeOf.apply(inHeading.get(k).entityId());
            if (t == EntityType.ORGANISATION || t == EntityType.INITIATIVE || t == EntityType.CONVENTION) {
                return inHeading.get(k).entityId();
            }
        }
        return topic;
    }

    private static boolean isMember(EntityType t) {
        return t == EntityType.COUNTRY || t == EntityType.ORGANISATION;
    }

    /** Whether a line is names and filler only. */
    private static boolean onlyNames(String text, List<Mention> names) {
        StringBuilder rest = new StringBuilder(text);
        names.stream().sorted((a, b) -> b.start() - a.start()).forEach(m -> {
            if (m.start() >= 0 && m.end() <= rest.length()) {
                rest.replace(m.start(), m.end(), " ");
            }
        });
        return LIST_FILLER.matcher(rest).replaceAll("").strip().isEmpty();
    }
}
