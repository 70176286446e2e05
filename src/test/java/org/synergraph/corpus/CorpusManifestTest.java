package org.synergraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synergraph.config.Resources;

class CorpusManifestTest {
    private static final String ROW = """
            {"id": "%s", "file": "%s", "symbol": "ICCD/COP(17)/6", "titleZh": "促进和加强关系",
             "titleEn": "Promotion of relations", "body": "UNCCD COP", "meeting": "17th session",
             "date": "2026-05-13", "language": "zh"}""";

    @TempDir
    Path root;

    private Resources project(String manifest) throws IOException {
        Files.createDirectories(root.resolve("cypher"));
        Path corpus = Files.createDirectories(root.resolve("data/corpus"));
        Files.writeString(corpus.resolve("003_a.txt"), "1. 第一段。");
        Files.writeString(corpus.resolve("manifest.json"), manifest);
        return Resources.from(Optional.of(root));
    }

    @Test
    void manifest_rows_become_documents_with_their_metadata_and_text() throws IOException {
        // Given
        Resources resources = project("[" + ROW.formatted("003", "003_a.txt") + "]");
        // When
        List<SourceDocument> documents = CorpusManifest.from(resources).load();
        // Then
        assertEquals(1, documents.size());
        DocumentMeta meta = documents.get(0).meta();
        assertEquals("003", meta.id());
        assertEquals("ICCD/COP(17)/6", meta.symbol());
        assertEquals("003_a.txt", meta.sourceFile());
        assertEquals("Promotion of relations", meta.title());
        assertEquals("1. 第一段。", documents.get(0).rawText());
    }

    @Test
    void an_unknown_file_is_rejected_by_name() throws IOException {
        // Given
        Resources resources = project("[" + ROW.formatted("009", "009_missing.txt") + "]");
        // When
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorpusManifest.from(resources).load());
        // Then
        assertTrue(e.getMessage().contains("009_missing.txt"), e.getMessage());
    }

    @Test
    void a_repeated_id_is_rejected() throws IOException {
        // Given
        Resources resources = project("[" + ROW.formatted("003", "003_a.txt") + "," + ROW.formatted("003", "003_a.txt")
                + "]");
        // When
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorpusManifest.from(resources).load());
        // Then
        assertTrue(e.getMessage().contains("003"), e.getMessage());
    }

    @Test
    void a_manifest_that_is_not_a_json_array_is_rejected() throws IOException {
        Resources resources = project("{\"id\": \"003\"}");
        assertThrows(IllegalArgumentException.class, () -> CorpusManifest.from(resources).load());
    }
}
