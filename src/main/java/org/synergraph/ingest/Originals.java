package org.synergraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.synergraph.corpus.DocumentId;

/**
 * The files of uploaded documents as they came, one per document id in {@code DATA/originals}, so that a reader
 * can download what was read. A file is written whole or not at all (written beside, then moved into place).
 */
public final class Originals {
    private final Path dir;

    public Originals(Path dir) {
        this.dir = dir;
    }

    public void save(String documentId, byte[] bytes) {
        Path target = file(documentId);
        try {
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, ".upload-", ".part");
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the original of " + documentId + " in " + dir, e);
        }
    }

    /** The original file of a document, when one was kept. */
    public Optional<Path> find(String documentId) {
        Path f = file(documentId);
        return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }

    public void remove(String documentId) {
        try {
            Files.deleteIfExists(file(documentId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the original of " + documentId + " from " + dir, e);
        }
    }

    private Path file(String documentId) {
        return dir.resolve(DocumentId.check(documentId));
    }
}
