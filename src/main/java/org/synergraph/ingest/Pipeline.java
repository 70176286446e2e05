package org.synergraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synergraph.corpus.Passage;
import org.synergraph.corpus.Segmenter;
import org.synergraph.corpus.SourceDocument;
import org.synergraph.discovery.DiscoveredEntity;
import org.synergraph.discovery.EntityDiscovery;
import org.synergraph.extract.CuratedAssertions;
import org.synergraph.extract.Gazetteer;
import org.synergraph.extract.IssuingBody;
import org.synergraph.extract.MeetingBody;
import org.synergraph.extract.Mention;
import org.synergraph.extract.MentionFinder;
import org.synergraph.extract.Relation;
import org.synergraph.relations.RelationReader;

/**
 * The one pipeline: document → passages → mentions (gazetteer, then discovered entities) → relations (rules, with the
 * document's extended gazetteer, then curated assertions).
 */
public final class Pipeline {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pipeline.class);
    private final Segmenter segmenter;
    private final MentionFinder mentions;
    private final RelationReader reader;
    private final CuratedAssertions curated;
    private final EntityDiscovery discovery;

    /** A pipeline that discovers no entity: only the gazetteer's. */
    public Pipeline(Segmenter segmenter, MentionFinder mentions, RelationReader reader, CuratedAssertions curated) {
        this(segmenter, mentions, reader, curated, null);
    }

    public Pipeline(Segmenter segmenter, MentionFinder mentions, RelationReader reader, CuratedAssertions curated,
                    EntityDiscovery discovery) {
        this.segmenter = segmenter;
        this.mentions = mentions;
        this.reader = reader;
        this.curated = curated;
        this.discovery = discovery;
    }

    public DocumentExtraction extract(SourceDocument doc) {
        List<Passage> passages = segmenter.segment(doc);
        List<Relation> relations = new ArrayList<>();
        Map<String, List<Mention>> known = new LinkedHashMap<>();
        IssuingBody home = mentions.issuingBody(doc.meta().body());
        for (Passage p : passages) {
            known.put(p.id(), mentions.find(p, home));
        }
        List<DiscoveredEntity> discovered = List.of();
        Map<String, List<Mention>> all = known;
        Gazetteer names = mentions.gazetteer();
        if (discovery != null) {
            EntityDiscovery.Result result = discovery.discover(passages, p -> known.get(p.id()),
                    MeetingBody.of(doc.meta(), mentions));
            discovered = result.entities();
            all = result.mentions();
            names = result.gazetteer();
        }
        Map<String, List<Mention>> withDiscovered = all;
        relations.addAll(reader.readDocument(passages, p -> withDiscovered.get(p.id()), names));
        Map<String, List<Mention>> found = new LinkedHashMap<>();
        all.forEach((id, ms) -> {
            if (!ms.isEmpty()) {
                found.put(id, ms);
            }
        });
        CuratedAssertions.Selection selected = curated.select(doc.meta().id(), passages);
        selected.rejected().forEach(r -> LOG.warn("curated assertion rejected ({}): {} {} {}", r.reason(),
                r.assertion().subject(), r.assertion().predicate(), r.assertion().object()));
        relations.addAll(selected.accepted());
        return new DocumentExtraction(doc.meta(), sha256(doc.rawText()), passages, found, relations, discovered);
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
