package org.synergraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths given on the command line into the document files to read. */
final class DocumentFiles {
    private DocumentFiles() {
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
