package org.synergraph.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything the application can be told at start-up, read once from flags and environment variables.
 *
 * @param httpPort      HTTP port of the explorer and API (SYNERGRAPH_PORT)
 * @param dataDir       data directory; the embedded store lives in {@code dataDir/graph} (SYNERGRAPH_DATA)
 * @param boltHost      interface the embedded Bolt server binds to; loopback unless explicitly exposed
 * @param boltPort      embedded Bolt port (SYNERGRAPH_BOLT_PORT)
 * @param adminToken    bearer token that enables write endpoints; empty means writes are off
 * @param external      an external Neo4j to use instead of the embedded one
 * @param resourceRoot  a folder holding cypher/, web/ and data/ to use instead of the copies inside the jar
 * @param limits        limits that protect the read side
 * @param corsOrigins   origins (e.g. https://example.org) allowed to call the API from a browser; empty: CORS off
 * @param httpHost      interface the HTTP server binds to; loopback unless opened with --host (SYNERGRAPH_HOST)
 * @param boltPassword  password of the embedded DBMS's Bolt user; empty: generated once and kept in the data
 *                      directory (SYNERGRAPH_BOLT_PASSWORD)
 * @param tokens        the named reviewer and admin tokens (SYNERGRAPH_TOKENS), the admin token included as "admin"
 */
public record Config(
        int httpPort,
        Path dataDir,
        String boltHost,
        int boltPort,
        Optional<String> adminToken,
        Optional<ExternalNeo4j> external,
        Optional<Path> resourceRoot,
        Limits limits,
        java.util.List<String> corsOrigins,
        String httpHost,
        Optional<String> boltPassword,
        Tokens tokens) {

    /** Loopback: where the HTTP server listens unless told otherwise. */
    public static final String LOOPBACK = "127.0.0.1";

    /** A configuration that listens on loopback only and keeps its Bolt password in the data directory. */
    public Config(int httpPort, Path dataDir, String boltHost, int boltPort, Optional<String> adminToken,
                  Optional<ExternalNeo4j> external, Optional<Path> resourceRoot, Limits limits,
                  java.util.List<String> corsOrigins) {
        this(httpPort, dataDir, boltHost, boltPort, adminToken, external, resourceRoot, limits, corsOrigins, LOOPBACK,
                Optional.empty());
    }

    /** A configuration whose only token is the admin token. */
    public Config(int httpPort, Path dataDir, String boltHost, int boltPort, Optional<String> adminToken,
                  Optional<ExternalNeo4j> external, Optional<Path> resourceRoot, Limits limits,
                  java.util.List<String> corsOrigins, String httpHost, Optional<String> boltPassword) {
        this(httpPort, dataDir, boltHost, boltPort, adminToken, external, resourceRoot, limits, corsOrigins, httpHost,
                boltPassword, Tokens.adminOnly(adminToken));
    }

    /** The same configuration with other named tokens (the admin token stays). */
    public Config withTokens(Tokens other) {
        return new Config(httpPort, dataDir, boltHost, boltPort, adminToken, external, resourceRoot, limits,
                corsOrigins, httpHost, boltPassword, other);
    }

    /** Connection details of a Neo4j server or cluster that replaces the embedded DBMS. */
    public record ExternalNeo4j(String uri, String user, String password, String database) {
        @Override
        public String toString() {
            return "ExternalNeo4j[uri=" + uri + ", user=" + user + ", database=" + database + "]";
        }
    }

    /** Limits on what one request may ask of the graph. */
    public record Limits(
            Duration queryTimeout,
            int consoleRowCap,
            long consoleMemoryBytes,
            int maxIdsPerQuery,
            int maxDepth,
            int maxResultRows,
            long maxBodyBytes) {

        public static Limits defaults() {
            return new Limits(Duration.ofSeconds(10), 1000, 256L * 1024 * 1024, 50, 3, 500, 5L * 1024 * 1024);
        }

        /** How far and how wide the graph questions may reach. */
        public Bounds bounds() {
            return new Bounds(Math.min(maxDepth, 2), maxResultRows, 6, 50, maxDepth, 100_000);
        }

        /** Bounds of paged answers: 20 items unless asked, at most 100 per page, offsets up to 100,000. */
        public Paging paging() {
            return new Paging(20, 100, 100_000);
        }
    }

    /**
     * The one place the reach of each graph question is bounded; the query classes check against it, the HTTP layer
     * only checks that numbers are numbers.
     */
    public record Bounds(int maxNeighbourhoodDepth, int maxNeighbourhoodNodes, int maxPathLength, int maxPaths,
                         int maxExportDepth, int maxExportNodes) {
    }

    /** Bounds every paged answer shares: the page size when none is asked for, the largest page, the largest offset. */
    public record Paging(int defaultLimit, int maxLimit, int maxOffset) {
    }

    /** Never shows the admin token or the Bolt password. */
    @Override
    public String toString() {
        return "Config[httpHost=" + httpHost + ", httpPort=" + httpPort + ", dataDir=" + dataDir + ", bolt=" + boltHost
                + ":" + boltPort + ", adminToken=" + (adminToken.isPresent() ? "set" : "unset") + ", boltPassword="
                + (boltPassword.isPresent() ? "set" : "generated") + ", tokens=" + tokens + ", external=" + external + ", limits=" + limits
                + ", corsOrigins=" + corsOrigins + "]";
    }

    public boolean embedded() {
        return external.isEmpty();
    }

    /** Where the generated Bolt password is kept when SYNERGRAPH_BOLT_PASSWORD does not set one. */
    public Path boltPasswordFile() {
        return dataDir.resolve("bolt-password");
    }

    public Path graphDir() {
        return dataDir.resolve("graph");
    }

    public String database() {
        return external.map(ExternalNeo4j::database).orElse("neo4j");
    }
}
