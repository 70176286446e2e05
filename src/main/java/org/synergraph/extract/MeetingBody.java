package org.synergraph.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import org.synergraph.corpus.DocumentMeta;

/**
 * The body whose meeting a document reports: the one organisation its English title names ("Report of the
 * Twenty-eighth Session of the Committee on World Food Security"), else its Chinese title, else its metadata's
 * body string. A title naming two organisations, or none, says nothing; nor does a missing one.
 */
public final class MeetingBody {
    private MeetingBody() {
    }

    public static Entity of(DocumentMeta meta, MentionFinder finder) {
        for (String line : new String[] {meta.titleEn(), meta.titleZh(), meta.body()}) {
            if (line == null || line.isBlank()) {
                continue;
            }
            Set<String> named = new LinkedHashSet<>();
            for (Mention m : finder.find(line)) {
                finder.gazetteer().byId(m.entityId()).filter(e -> e.type() == EntityType.ORGANISATION)
                        .ifPresent(e -> named.add(e.id()));
            }
            if (named.size() == 1) {
                return finder.gazetteer().byId(named.iterator().next()).orElseThrow();
            }
        }
        return null;
    }
}
