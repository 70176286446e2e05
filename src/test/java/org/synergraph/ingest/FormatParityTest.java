package org.synergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synergraph.config.Resources;
import org.synergraph.corpus.CorpusManifest;
import org.synergraph.corpus.DocumentFormats;
import org.synergraph.corpus.FormatFixtures;
import org.synergraph.corpus.Segmenter;
import org.synergraph.corpus.SourceDocument;
import org.synergraph.discovery.EntityDiscovery;
import org.synergraph.extract.CuratedAssertions;
import org.synergraph.extract.Gazetteer;
import org.synergraph.extract.MentionFinder;
import org.synergraph.extract.Relation;
import org.synergraph.relations.RelationReader;

/**
 * A corpus document read from PDF or Word gives (nearly) the relations its .txt gives, with the same evidence
 * quotes: the rules' output compared relation by relation (subject, type, object, quote), no database needed.
 */
class FormatParityTest {
    private static final double MIN_SHARE = 0.95;
    private static final DocumentFormats FORMATS = DocumentFormats.standard(5L << 20);
    private static Pipeline pipeline;
    private static List<SourceDocument> corpus;

    @BeforeAll
    static void load() {
        Resources resources = Resources.from(Optional.of(Path.of("").toAbsolutePath()));
        Gazetteer gazetteer = Gazetteer.load(resources);
        pipeline = new Pipeline(Segmenter.create(), MentionFinder.of(gazetteer), RelationReader.load(resources),
                CuratedAssertions.none(), EntityDiscovery.load(resources, gazetteer));
        corpus = CorpusManifest.from(resources).load();
    }

    private static Set<String> relations(SourceDocument doc) {
        return pipeline.extract(doc).relations().stream().map(FormatParityTest::key).collect(Collectors.toSet());
    }

    private static String key(Relation r) {
        return r.subjectId() + " " + r.type() + " " + r.objectId() + " | " + r.evidence().quote();
    }

    /** The share of the .txt's relations (with their quotes) that the other format also gives. */
    private static double share(SourceDocument txt, String fileName, byte[] bytes) {
        Set<String> expected = relations(txt);
        Set<String> got = relations(new SourceDocument(txt.meta(), FORMATS.text(fileName, bytes)));
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(got);
        double share = expected.isEmpty() ? 1 : 1 - (double) missing.size() / expected.size();
        System.out.printf("FormatParityTest: %s %s: %d of %d relations of the .txt (%.1f%%), %d in all%n",
                txt.meta().id(), fileName, expected.size() - missing.size(), expected.size(), 100 * share, got.size());
        missing.forEach(m -> System.out.println("  missing: " + m));
        return share;
    }

    private static SourceDocument corpusDocument(String id) {
        return corpus.stream().filter(d -> d.meta().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void the_pdf_of_a_corpus_document_gives_its_relations_with_the_same_quotes() {
        SourceDocument txt = corpusDocument("004");
        assertTrue(txt.rawText().equals(FormatFixtures.corpusText()), "the fixture PDF was printed from 004");

        assertTrue(share(txt, "004.pdf", FormatFixtures.corpusPdf()) >= MIN_SHARE);
    }

    @Test
    void the_docx_of_every_corpus_document_gives_its_relations_with_the_same_quotes() {
        for (SourceDocument txt : corpus) {
            assertTrue(share(txt, txt.meta().id() + ".docx", FormatFixtures.docx(txt.rawText())) >= MIN_SHARE,
                    txt.meta().id());
        }
    }
}
