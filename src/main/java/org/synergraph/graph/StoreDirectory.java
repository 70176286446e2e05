package org.synergraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.synergraph.problem.Problem;

/**
 * Checks the embedded store's folder before Neo4j touches it: it must be creatable and writable, and if it already
 * holds files they must look like a Neo4j store, so that a mistyped --data never scribbles over someone's folder.
 */
final class StoreDirectory {
    private static final Set<String> STORE_ENTRIES = Set.of("data", "logs", "plugins", "conf", "run", "import",
            "licenses", "metrics", "products");

    private StoreDirectory() {
    }

    static void check(Path store) {
        if (Files.exists(store) && !Files.isDirectory(store)) {
            throw refuse(store + " exists but is a file, not a graph store folder.");
        }
        try {
            Files.createDirectories(store);
        } catch (IOException e) {
            throw refuse("cannot create the graph store folder " + store + ": " + reason(e));
        }
        if (!Files.isWritable(store)) {
            throw refuse("the graph store folder " + store + " is not writable by this user.");
        }
        try (Stream<Path> entries = Files.list(store)) {
            var foreign = entries.map(p -> p.getFileName().toString()).filter(n -> !STORE_ENTRIES.contains(n))
                    .filter(n -> !n.startsWith(".")).sorted().limit(5).toList();
            if (!foreign.isEmpty()) {
                throw refuse(store + " holds files that are not part of a Neo4j store (" + String.join(", ", foreign)
                        + "). Point --data / SYNERGRAPH_DATA at an empty folder or an existing Synergraph data folder.");
            }
        } catch (IOException e) {
            throw refuse("cannot read the graph store folder " + store + ": " + reason(e));
        }
    }

    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left")) {
                return "the disk is full";
            }
            if (m.contains("Read-only file system") || t instanceof java.nio.file.AccessDeniedException) {
                return "it is read-only or not writable (" + m + ")";
            }
        }
        return String.valueOf(e.getMessage());
    }

    private static Problem refuse(String message) {
        return new Problem(Problem.Kind.CONFLICT, "bad_store", message);
    }
}
