package org.synergraph.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small damaged texts under src/test/resources/corpus/, turned into documents and passages. */
final class Fixtures {
    private Fixtures() {
    }

    static SourceDocument document(String id, String symbol, String text) {
        return new SourceDocument(new DocumentMeta(id, symbol, null, null, null, null, null, "zh", id + ".txt"), text);
    }

    static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/corpus/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture corpus/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Passage> segment(String resource) {
        return Segmenter.create().segment(document("fx", null, text(resource)));
    }

    static Passage labelled(List<Passage> passages, PassageKind kind, String label) {
        return passages.stream().filter(p -> p.kind() == kind && p.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " labelled " + label + " in " + passages));
    }
}
