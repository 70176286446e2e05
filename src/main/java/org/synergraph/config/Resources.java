package org.synergraph.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The project's own files (cypher/, web/, data/): read from a folder on disk during development, otherwise from
 * the copies packed into the jar.
 */
public final class Resources {
    private final Optional<Path> root;

    private Resources(Optional<Path> root) {
        this.root = root;
    }

    public static Resources fromJar() {
        return new Resources(Optional.empty());
    }

    public static Resources from(Optional<Path> root) {
        root.ifPresent(r -> {
            if (!Files.isDirectory(r.resolve("cypher"))) {
                throw new IllegalArgumentException("resource folder " + r + " has no cypher/ folder");
            }
        });
        return new Resources(root);
    }

    /** Files of any folder on disk (a corpus to measure, documents to read), with no check of what it holds. */
    public static Resources folder(Path dir) {
        return new Resources(Optional.of(dir));
    }

    public Optional<Path> root() {
        return root;
    }

    /** Reads a UTF-8 file such as {@code cypher/queries/entity.cypher}; fails with the path when it is missing. */
    public String read(String relativePath) {
        try (InputStream in = open(relativePath)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + describe(relativePath), e);
        }
    }

    public boolean exists(String relativePath) {
        if (root.isPresent()) {
            return Files.isRegularFile(root.get().resolve(relativePath));
        }
        return Resources.class.getClassLoader().getResource(relativePath) != null;
    }

    public InputStream open(String relativePath) throws IOException {
        if (root.isPresent()) {
            return Files.newInputStream(root.get().resolve(relativePath));
        }
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(relativePath);
        if (in == null) {
            throw new IOException("missing resource " + describe(relativePath));
        }
        return in;
    }

    /** File names (not paths) in a folder such as {@code cypher/reports} ending in the given suffix, sorted. */
    public List<String> list(String folder, String suffix) {
        try {
            Path dir = root.isPresent() ? root.get().resolve(folder) : classpathFolder(folder);
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + describe(folder), e);
        }
    }

    /** Where a resource is read from, for messages: a disk path, or {@code classpath:…}. */
    public String describe(String relativePath) {
        return root.map(r -> r.resolve(relativePath).toString()).orElse("classpath:" + relativePath);
    }

    private static Path classpathFolder(String folder) throws IOException, URISyntaxException {
        URL url = Resources.class.getClassLoader().getResource(folder);
        if (url == null) {
            return Path.of("/nonexistent-" + folder);
        }
        if ("jar".equals(url.getProtocol())) {
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(url.toURI(), Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(url.toURI());
            }
            return fs.getPath(folder);
        }
        return Path.of(url.toURI());
    }
}
