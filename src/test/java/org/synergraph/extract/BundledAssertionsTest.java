package org.synergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synergraph.config.Resources;
import org.synergraph.corpus.CorpusManifest;
import org.synergraph.corpus.Passage;
import org.synergraph.corpus.Segmenter;
import org.synergraph.corpus.SourceDocument;

/** Every curated assertion shipped in data/curated/assertions.json is accepted by the loader. */
class BundledAssertionsTest {
    private final Resources resources = Resources.from(Optional.of(Path.of("").toAbsolutePath()));

    @Test
    void every_bundled_assertion_names_known_entities_and_quotes_its_document() throws IOException {
        // Given the bundled assertions and the real gazetteer (load fails on an unknown id or predicate)
        Gazetteer gazetteer = Gazetteer.load(resources);
        CuratedAssertions curated = CuratedAssertions.load(resources, gazetteer);
        JsonNode file = new ObjectMapper().readTree(resources.read(CuratedAssertions.FILE));
        assertEquals(file.size(), curated.size());
        int accepted = 0;
        // When each document's passages are searched for the quotes
        for (SourceDocument doc : CorpusManifest.from(resources).load()) {
            List<Passage> passages = Segmenter.create().segment(doc);
            assertEquals(List.of(), curated.rejected(doc.meta().id(), passages), "rejected in " + doc.meta().id());
            for (Relation r : curated.forDocument(doc.meta().id(), passages)) {
                assertEquals(Method.CURATED, r.method());
                accepted++;
            }
        }
        // Then all are accepted, and all are for documents the gold sample does not cover
        assertEquals(curated.size(), accepted);
        for (JsonNode a : file) {
            assertTrue(Set.of("001", "002", "003").contains(a.get("documentId").asText()), a.toString());
            assertTrue(!a.get("note").asText().isBlank() && "synergraph team".equals(a.get("curator").asText()));
        }
    }
}
