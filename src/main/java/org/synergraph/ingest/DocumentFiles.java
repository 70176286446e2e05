package org.synergraph.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.synergraph.corpus.SourceDocument;

/**
 * Reads documents from files: .txt and .md, with metadata from {@code FILE.meta.json} beside each file when present,
 * otherwise from the defaults given.
 */
public final class DocumentFiles {
    private DocumentFiles() {
    }

    public static List<SourceDocument> load(List<Path> paths, NewDocument defaults) throws IOException {
        List<Path> files = expand(paths);
        if (files.size() > 1 && defaults != null && (defaults.title() != null || defaults.id() != null)) {
            throw new IllegalArgumentException("--title and --id apply to a single file; use FILE.meta.json sidecars"
                    + " for several");
        }
        ObjectMapper json = new ObjectMapper();
        List<SourceDocument> docs = new ArrayList<>();
        for (Path f : files) {
            Path sidecar = f.resolveSibling(f.getFileName() + ".meta.json");
            NewDocument meta = Files.exists(sidecar) ? json.readValue(sidecar.toFile(), NewDocument.class)
                    : defaults != null ? defaults : new NewDocument(null, null, null, null, null, null, null, null, null);
            String text = Files.readString(f, StandardCharsets.UTF_8);
            docs.add(new NewDocument(meta.id(), meta.title(), meta.language(), text, meta.symbol(), meta.date(),
                    meta.body(), meta.meeting(), f.getFileName().toString()).toSource());
        }
        return docs;
    }

    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(DocumentFiles::isDocument).sorted().forEach(out::add);
                }
            } else if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("no such file: " + p);
            } else if (!isDocument(p)) {
                throw new IllegalArgumentException(p + ": only .txt and .md files can be ingested"
                        + " (convert PDF or Word files to text first)");
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isDocument(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".txt") || n.endsWith(".md"));
    }
}
