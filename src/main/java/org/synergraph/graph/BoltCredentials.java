package org.synergraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.synergraph.problem.Problem;

/**
 * The user and password of the embedded DBMS's Bolt server: given by SYNERGRAPH_BOLT_PASSWORD, or generated on first
 * start and kept in a file only its owner can read. {@link #toString()} never shows the password.
 *
 * @param user     the Bolt user (Neo4j community has one administrator user per DBMS that matters: {@code neo4j})
 * @param password the password
 * @param source   where the password comes from, for people: the file's path or the variable's name
 */
public record BoltCredentials(String user, String password, String source) {
    public static final String USER = "neo4j";
    /** Longer than Neo4j's own minimum of 8, because failed logins do not lock the user out (see EmbeddedNeo4j). */
    static final int MIN_LENGTH = 16;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** The configured password if there is one, else the one kept in {@code file}, generating it when absent. */
    public static BoltCredentials resolve(Optional<String> configured, Path file) {
        if (configured.isPresent()) {
            if (configured.get().length() < MIN_LENGTH) {
                throw new Problem(Problem.Kind.BAD_REQUEST, "weak_bolt_password",
                        "SYNERGRAPH_BOLT_PASSWORD must be at least " + MIN_LENGTH + " characters long.");
            }
            return new BoltCredentials(USER, configured.get(), "SYNERGRAPH_BOLT_PASSWORD");
        }
        return new BoltCredentials(USER, readOrCreate(file), file.toString());
    }

    private static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                try {
                    write(file, generate());
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: use theirs
                }
            }
            restrict(file);
            String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (kept.length() < MIN_LENGTH) {
                throw new Problem(Problem.Kind.CONFLICT, "weak_bolt_password", "The Bolt password in " + file
                        + " is shorter than " + MIN_LENGTH + " characters; delete the file to generate a new one.");
            }
            return kept;
        } catch (IOException e) {
            throw new Problem(Problem.Kind.CONFLICT, "bolt_password_file", "cannot read or create the Bolt password"
                    + " file " + file + " (" + StoreDirectory.reason(e) + "); make the data directory writable, or set"
                    + " SYNERGRAPH_BOLT_PASSWORD.", e);
        }
    }

    /** 32 random bytes from the operating system's generator, as 43 URL-safe characters. */
    static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void write(Path file, String password) throws IOException {
        Files.createDirectories(file.getParent());
        if (posix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    }

    /** Takes away group and world access if someone widened it. */
    private static void restrict(Path file) throws IOException {
        if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String toString() {
        return "BoltCredentials[user=" + user + ", password from " + source + "]";
    }
}
