package org.synergraph.support;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.synergraph.Synergraph;
import org.synergraph.config.Config;
import org.synergraph.graph.EmbeddedNeo4j;
import org.synergraph.http.AppFactory;

/**
 * One embedded Synergraph and HTTP server per test JVM, started on free ports on first use and stopped when the
 * JVM exits. Starting Neo4j takes seconds; sharing it keeps the suite fast.
 */
public final class TestGraph {
    public static final String ADMIN_TOKEN = "test-admin-token";
    /** The one origin the test server allows to call it cross-site. */
    public static final String PARTNER_ORIGIN = "https://partner.example";
    /** The password of embedded DBMSs that tests start themselves to stand in for an external Neo4j. */
    public static final String SERVER_PASSWORD = "test-server-password";
    private static TestGraph shared;

    private final Synergraph synergraph;
    private final Javalin app;
    private final Api api;
    private Javalin withoutToken;

    private TestGraph(Synergraph synergraph) {
        this.synergraph = synergraph;
        this.app = AppFactory.create(synergraph).start("127.0.0.1", 0);
        this.api = new Api("http://127.0.0.1:" + app.port());
    }

    /** The shared embedded instance, with the bundled corpus loaded. */
    public static synchronized TestGraph embedded() {
        if (shared == null) {
            Config config = config(tempDir("synergraph-it"), Optional.empty());
            shared = new TestGraph(Fixtures.open(config));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** A separate instance over any configuration (e.g. an external Neo4j); the caller stops it. */
    public static TestGraph over(Config config) {
        return new TestGraph(Fixtures.open(config));
    }

    public static Config config(Path dataDir, Optional<Config.ExternalNeo4j> external) {
        Config.Limits d = Config.Limits.defaults();
        Config.Limits limits = new Config.Limits(Duration.ofSeconds(5), 200, 64L << 20, d.maxIdsPerQuery(),
                d.maxDepth(), d.maxResultRows(), d.maxBodyBytes());
        return new Config(0, dataDir, "127.0.0.1", 0, Optional.of(ADMIN_TOKEN), external,
                Optional.of(projectRoot()), limits, java.util.List.of(PARTNER_ORIGIN));
    }

    public static Path projectRoot() {
        return Path.of("").toAbsolutePath();
    }

    public static Path tempDir(String prefix) {
        try {
            Path target = projectRoot().resolve("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Credentials for an embedded DBMS that a test starts as a stand-in server. */
    public static org.synergraph.graph.BoltCredentials serverCredentials() {
        return new org.synergraph.graph.BoltCredentials("neo4j", SERVER_PASSWORD, "test");
    }

    public static EmbeddedNeo4j.EmbeddedSettings settings() {
        return EmbeddedNeo4j.EmbeddedSettings.small();
    }

    public Synergraph synergraph() {
        return synergraph;
    }

    public Api api() {
        return api;
    }

    /** The running app, for tests that inspect its routes. */
    public Javalin app() {
        return app;
    }

    /** A second server over the same graph, started without an admin token (write endpoints off). */
    public synchronized Api withoutAdminToken() {
        if (withoutToken == null) {
            withoutToken = AppFactory.create(synergraph, Optional.empty()).start("127.0.0.1", 0);
        }
        return new Api("http://127.0.0.1:" + withoutToken.port());
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        if (withoutToken != null) {
            withoutToken.stop();
        }
        app.stop();
        synergraph.close();
    }
}
