package org.synergraph.ingest;

import com.fasterxml.jackson.core.JacksonException;
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
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** The document files under some paths, in order, and the files skipped as not documents. */
    public record Plan(List<Path> files, List<Refusal> skipped) {
        public long bytes() throws IOException {
            long sum = 0;
            for (Path f : files) {
                sum += Files.size(f);
            }
            return sum;
        }
    }

    /**
     * Reads every document under the paths, checked by {@code ingest}; each skip or refusal is also told to
     * {@code notice} as it happens.
     */
    public static Loaded load(List<Path> paths, NewDocument defaults, DocumentFormats formats, IngestService ingest,
                              Consumer<Refusal> notice) throws IOException {
        Plan plan = plan(paths, defaults, formats);
        plan.skipped().forEach(notice);
        List<SourceDocument> docs = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (Path f : plan.files()) {
            try {
                docs.add(ingest.arrive(read(f, defaults, formats)).source());
            } catch (Problem e) {
                Refusal r = refusal(f, e);
                refused.add(r);
                notice.accept(r);
            }
        }
        return new Loaded(docs, plan.skipped(), refused);
    }

    /** Finds the document files under the paths (folders are walked, sidecars left out, other files skipped). */
    public static Plan plan(List<Path> paths, NewDocument defaults, DocumentFormats formats) throws IOException {
        List<Path> found = expand(paths);
        List<Path> files = new ArrayList<>();
        List<Refusal> skipped = new ArrayList<>();
        for (Path f : found) {
            String name = f.getFileName().toString();
            if (formats.reads(name)) {
                files.add(f);
            } else if (!name.endsWith(SIDECAR)) {
                skipped.add(new Refusal(f, "skipped: not a document (" + DocumentFormats.names() + ")"));
            }
        }
        if (files.size() > 1 && defaults != null && (defaults.title() != null || defaults.id() != null)) {
            throw new IllegalArgumentException("--title and --id apply to a single file; use FILE.meta.json sidecars"
                    + " for several");
        }
        return new Plan(files, skipped);
    }

    /** Reads one document file with its metadata; a file that cannot be read is a 400-kind problem saying why. */
    public static NewDocument read(Path f, NewDocument defaults, DocumentFormats formats) throws IOException {
        String name = f.getFileName().toString();
        NewDocument meta = sidecar(f.resolveSibling(name + SIDECAR), defaults);
        formats.checkSize(name, Files.size(f));
        String text = formats.text(name, Files.readAllBytes(f));
        return new NewDocument(meta.id(), meta.title(), meta.language(), text, meta.symbol(), meta.date(),
                meta.body(), meta.meeting(), name);
    }

    /** The refusal line for a problem met reading a file. */
    public static Refusal refusal(Path f, Problem e) {
        return new Refusal(f, "refused: " + e.getMessage());
    }

    private static NewDocument sidecar(Path sidecar, NewDocument defaults) throws IOException {
        if (!Files.exists(sidecar)) {
            return defaults != null ? defaults : new NewDocument(null, null, null, null, null, null, null, null, null);
        }
        try {
            return JSON.readValue(sidecar.toFile(), NewDocument.class);
        } catch (JacksonException e) {
            throw Problem.badRequest("bad_sidecar", sidecar.getFileName() + " is not the metadata JSON this file"
                    + " needs ({\"id\",\"title\",\"language\",\"symbol\",\"date\",\"body\",\"meeting\"}): "
                    + e.getOriginalMessage());
        }
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
