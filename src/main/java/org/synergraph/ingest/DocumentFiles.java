package org.synergraph.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.synergraph.corpus.DocumentFormats;
import org.synergraph.corpus.SourceDocument;
import org.synergraph.problem.Problem;

/**
 * Reads documents from files and folders in every format {@link DocumentFormats} takes, with metadata from
 * {@code FILE.meta.json} beside each file when present, otherwise from the defaults given. Files of other kinds
 * found in a folder are skipped, files that cannot be read are refused; both are listed with the reason.
 */
public final class DocumentFiles {
    private static final String SIDECAR = ".meta.json";

    private DocumentFiles() {
    }

    /** A file left out, and why. */
    public record Refusal(Path file, String reason) {
        public String line() {
            return file + ": " + reason;
        }
    }

    /** The documents read, the files skipped as not documents, and the documents refused. */
    public record Loaded(List<SourceDocument> documents, List<Refusal> skipped, List<Refusal> refused) {
    }

    /** Reads every document under the paths; each skip or refusal is also told to {@code notice} as it happens. */
    public static Loaded load(List<Path> paths, NewDocument defaults, DocumentFormats formats,
                              Consumer<Refusal> notice) throws IOException {
        List<Path> files = expand(paths);
        if (files.size() > 1 && defaults != null && (defaults.title() != null || defaults.id() != null)) {
            throw new IllegalArgumentException("--title and --id apply to a single file; use FILE.meta.json sidecars"
                    + " for several");
        }
        ObjectMapper json = new ObjectMapper();
        List<SourceDocument> docs = new ArrayList<>();
        List<Refusal> skipped = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (!formats.reads(name)) {
                if (!name.endsWith(SIDECAR)) {
                    add(skipped, new Refusal(f, "skipped: not a document (" + DocumentFormats.names() + ")"), notice);
                }
                continue;
            }
            try {
                Path sidecar = f.resolveSibling(name + SIDECAR);
                NewDocument meta = Files.exists(sidecar) ? json.readValue(sidecar.toFile(), NewDocument.class)
                        : defaults != null ? defaults
                        : new NewDocument(null, null, null, null, null, null, null, null, null);
                formats.checkSize(name, Files.size(f));
                String text = formats.text(name, Files.readAllBytes(f));
                docs.add(new NewDocument(meta.id(), meta.title(), meta.language(), text, meta.symbol(), meta.date(),
                        meta.body(), meta.meeting(), name).toSource());
            } catch (Problem e) {
                add(refused, new Refusal(f, "refused: " + e.getMessage()), notice);
            }
        }
        return new Loaded(docs, skipped, refused);
    }

    private static void add(List<Refusal> list, Refusal r, Consumer<Refusal> notice) {
        list.add(r);
        notice.accept(r);
    }

    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(out::add);
                }
            } else if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("no such file: " + p);
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
