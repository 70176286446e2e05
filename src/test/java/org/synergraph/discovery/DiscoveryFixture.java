package org.synergraph.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.synergraph.config.Resources;
import org.synergraph.corpus.Passage;
import org.synergraph.corpus.PassageKind;
import org.synergraph.extract.Gazetteer;
import org.synergraph.extract.MentionFinder;
import org.synergraph.support.TestGraph;

/** The project's gazetteer and discovery catalogues, and a way to run discovery over a few sentences. */
final class DiscoveryFixture {
    static final Resources RESOURCES = Resources.from(Optional.of(TestGraph.projectRoot()));
    static final Gazetteer GAZETTEER = Gazetteer.load(RESOURCES);
    static final MentionFinder FINDER = MentionFinder.of(GAZETTEER);
    static final EntityDiscovery DISCOVERY = EntityDiscovery.load(RESOURCES, GAZETTEER);

    private DiscoveryFixture() {
    }

    /** Paragraph passages of one document, one per text. */
    static List<Passage> paragraphs(String documentId, String... texts) {
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Passage(documentId, i, String.valueOf(i + 1), PassageKind.PARAGRAPH, texts[i], null));
        }
        return out;
    }

    static EntityDiscovery.Result discover(List<Passage> passages) {
        return DISCOVERY.discover(passages, p -> FINDER.find(p.text()));
    }

    static EntityDiscovery.Result discover(String... texts) {
        return discover(paragraphs("t", texts));
    }

    /** The names of the discovered entities, in order. */
    static List<String> names(EntityDiscovery.Result r) {
        return r.entities().stream().map(d -> d.entity().nameZh() != null ? d.entity().nameZh() : d.entity().nameEn())
                .toList();
    }
}
