package org.synergraph.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synergraph.corpus.DocumentMeta;
import org.synergraph.corpus.Passage;
import org.synergraph.discovery.DiscoveredEntity;
import org.synergraph.extract.Mention;
import org.synergraph.extract.Relation;

/**
 * Everything the pipeline read from one document, ready to be written in one transaction.
 *
 * @param meta        the document's metadata
 * @param contentHash SHA-256 of the raw text
 * @param passages    the passages in order
 * @param mentions    mentions by passage id
 * @param relations   relations with their evidence (rule and curated)
 * @param discovered  the entities no list has that the document's text introduces
 */
public record DocumentExtraction(DocumentMeta meta, String contentHash, List<Passage> passages,
                                 Map<String, List<Mention>> mentions, List<Relation> relations,
                                 List<DiscoveredEntity> discovered) {

    /** An extraction that discovered no entity. */
    public DocumentExtraction(DocumentMeta meta, String contentHash, List<Passage> passages,
                              Map<String, List<Mention>> mentions, List<Relation> relations) {
        this(meta, contentHash, passages, mentions, relations, List.of());
    }

    /** The discovered entity with this id, or null. */
    public DiscoveredEntity discovered(String entityId) {
        return discovered.stream().filter(d -> d.entity().id().equals(entityId)).findFirst().orElse(null);
    }

    /** Every entity this document names or relates, in first-seen order. */
    public Set<String> entityIds() {
        Set<String> ids = new LinkedHashSet<>();
        mentions.values().forEach(ms -> ms.forEach(m -> ids.add(m.entityId())));
        relations.forEach(r -> {
            ids.add(r.subjectId());
            ids.add(r.objectId());
        });
        return ids;
    }

    public int mentionCount() {
        return mentions.values().stream().mapToInt(List::size).sum();
    }
}
