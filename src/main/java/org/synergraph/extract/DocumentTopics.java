package org.synergraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.synergraph.corpus.Passage;
import org.synergraph.corpus.PassageKind;

/**
 * Reads a document's passages in order, each with the topic its context gives it: the one body or programme its
 * section heading names, or, for a footnote, who the paragraph citing it is about. That topic is who a sentence
 * without a subject of its own, or "该计划", is about. Where no heading names one, the topic is the story's: the
 * first body a paragraph of the document is about (a news story's protagonist stays its topic).
 */
public final class DocumentTopics {

    private DocumentTopics() {
    }

    /** What reading one passage gave: its relations, and who its first sentence is about (or null). */
    public record Reading(List<Relation> relations, String subject) {
    }

    /** Reads one passage given its mentions and its topic (null when it has none). */
    public interface PassageReader {
        Reading read(Passage passage, List<Mention> mentions, String topic);
    }

    /**
     * The relations of every passage, read in order.
     *
     * @param readHeadings whether headings are read too (without a topic); either way they set the section topic
     */
    public static List<Relation> read(List<Passage> passages, Function<Passage, List<Mention>> mentions,
                                      Gazetteer names, boolean readHeadings, PassageReader reader) {
        List<Relation> out = new ArrayList<>();
        Map<String, String> topicByLabel = new HashMap<>();
        String sectionTopic = null;
        String storySubject = null;
        for (Passage p : passages) {
            List<Mention> ms = mentions.apply(p);
            if (p.kind() == PassageKind.HEADING) {
                List<String> actors = ms.stream().map(Mention::entityId).filter(id -> isActor(names, id))
                        .distinct().toList();
                if (!actors.isEmpty()) {
                    sectionTopic = actors.size() == 1 ? actors.get(0) : null;
                }
                if (readHeadings) {
                    out.addAll(reader.read(p, ms, null).relations());
                }
                continue;
            }
            String topic = p.kind() == PassageKind.FOOTNOTE && p.parentLabel() != null
                    ? topicByLabel.get(p.parentLabel()) : sectionTopic != null ? sectionTopic : storySubject;
            Reading r = reader.read(p, ms, topic);
            out.addAll(r.relations());
            if (p.kind() != PassageKind.FOOTNOTE) {
                topicByLabel.put(p.label(), r.subject() != null ? r.subject() : topic);
                if (storySubject == null && r.subject() != null && isActor(names, r.subject())) {
                    storySubject = r.subject();
                }
            }
        }
        return out;
    }

    /** An organisation, initiative or convention: something a section can be about. */
    public static boolean isActor(Gazetteer names, String id) {
        EntityType t = names.byId(id).map(Entity::type).orElse(null);
        return t == EntityType.ORGANISATION || t == EntityType.INITIATIVE || t == EntityType.CONVENTION;
    }
}
