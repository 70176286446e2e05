package org.synergraph.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Command-line flags shared by every subcommand; each defaults to its environment variable. */
public final class ConfigOptions {

    @Option(names = "--port", defaultValue = "${env:SYNERGRAPH_PORT:-8080}",
            description = "HTTP port (env SYNERGRAPH_PORT, default ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--data", defaultValue = "${env:SYNERGRAPH_DATA:-data}",
            description = "Data directory; the embedded graph lives in DATA/graph (env SYNERGRAPH_DATA, default ./data).")
    Path dataDir;

    @Option(names = "--host", defaultValue = "${env:SYNERGRAPH_HOST:-127.0.0.1}",
            description = "Interface the HTTP server binds to (env SYNERGRAPH_HOST, default ${DEFAULT-VALUE}: this"
                    + " machine only). 0.0.0.0 opens it to the network: reads are public, writes need the admin token.")
    String httpHost;

    @Option(names = "--bolt-port", defaultValue = "${env:SYNERGRAPH_BOLT_PORT:-7687}",
            description = "Port of the embedded Bolt server (env SYNERGRAPH_BOLT_PORT, default ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--bolt-host", defaultValue = "${env:SYNERGRAPH_BOLT_HOST:-127.0.0.1}",
            description = "Interface the embedded Bolt server binds to (env SYNERGRAPH_BOLT_HOST, default ${DEFAULT-VALUE})."
                    + " Anything but loopback exposes the database to the network (password-protected): a warning is printed.")
    String boltHost;

    @Option(names = "--bolt-password", defaultValue = "${env:SYNERGRAPH_BOLT_PASSWORD:-}",
            description = "Password of the embedded Bolt user 'neo4j' (env SYNERGRAPH_BOLT_PASSWORD; default: generated"
                    + " on first start and kept in DATA/bolt-password, mode 0600).")
    String boltPassword;

    @Option(names = "--admin-token", defaultValue = "${env:SYNERGRAPH_ADMIN_TOKEN:-}",
            description = "Bearer token that enables write endpoints (env SYNERGRAPH_ADMIN_TOKEN; unset: writes off).")
    String adminToken;

    @Option(names = "--tokens", defaultValue = "${env:SYNERGRAPH_TOKENS:-}",
            description = "Named bearer tokens, name:token[:admin|reviewer] separated by commas (env SYNERGRAPH_TOKENS;"
                    + " role admin when left out). Reviewers may judge facts; admins also ingest and import.")
    String tokens;

    @Option(names = "--neo4j-uri", defaultValue = "${env:NEO4J_URI:-}",
            description = "Use this Neo4j server or cluster instead of the embedded one, e.g. neo4j://host:7687 (env NEO4J_URI).")
    String neo4jUri;

    @Option(names = "--neo4j-user", defaultValue = "${env:NEO4J_USER:-neo4j}", description = "(env NEO4J_USER, default ${DEFAULT-VALUE})")
    String neo4jUser;

    @Option(names = "--neo4j-password", defaultValue = "${env:NEO4J_PASSWORD:-}", description = "(env NEO4J_PASSWORD)")
    String neo4jPassword;

    @Option(names = "--neo4j-database", defaultValue = "${env:NEO4J_DATABASE:-neo4j}", description = "(env NEO4J_DATABASE, default ${DEFAULT-VALUE})")
    String neo4jDatabase;

    @Option(names = "--resources", defaultValue = "${env:SYNERGRAPH_RESOURCES:-}",
            description = "Folder with cypher/, web/ and data/ to use instead of the copies in the jar (development; env SYNERGRAPH_RESOURCES).")
    String resourceRoot;

    @Option(names = "--query-timeout", defaultValue = "${env:SYNERGRAPH_QUERY_TIMEOUT:-10s}",
            description = "Timeout of read queries and console queries, e.g. 10s, 500ms (env SYNERGRAPH_QUERY_TIMEOUT, default ${DEFAULT-VALUE}).")
    String queryTimeout;

    @Option(names = "--console-rows", defaultValue = "${env:SYNERGRAPH_CONSOLE_ROWS:-1000}",
            description = "Row cap of the Cypher console (env SYNERGRAPH_CONSOLE_ROWS, default ${DEFAULT-VALUE}).")
    int consoleRows;

    @Option(names = "--console-memory-mb", defaultValue = "${env:SYNERGRAPH_CONSOLE_MEMORY_MB:-256}",
            description = "Memory cap of one console transaction in MiB (env SYNERGRAPH_CONSOLE_MEMORY_MB, default ${DEFAULT-VALUE}).")
    long consoleMemoryMb;

    @Option(names = "--max-ids", defaultValue = "${env:SYNERGRAPH_MAX_IDS:-50}",
            description = "Most entity ids one shared/overlap/export request may name (env SYNERGRAPH_MAX_IDS, default ${DEFAULT-VALUE}).")
    int maxIds;

    @Option(names = "--max-body-mb", defaultValue = "${env:SYNERGRAPH_MAX_BODY_MB:-5}",
            description = "Largest request body in MiB (env SYNERGRAPH_MAX_BODY_MB, default ${DEFAULT-VALUE}).")
    long maxBodyMb;

    @Option(names = "--cors-origins", defaultValue = "${env:SYNERGRAPH_CORS_ORIGINS:-}",
            description = "Comma-separated origins allowed to call the API from other sites' pages"
                    + " (env SYNERGRAPH_CORS_ORIGINS; default: none, CORS off).")
    String corsOrigins;

    public Config toConfig() {
        Optional<Config.ExternalNeo4j> external = blank(neo4jUri) ? Optional.empty()
                : Optional.of(new Config.ExternalNeo4j(neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase));
        Config.Limits defaults = Config.Limits.defaults();
        Config.Limits limits = new Config.Limits(DurationText.parse(queryTimeout), consoleRows,
                consoleMemoryMb * 1024 * 1024, maxIds, defaults.maxDepth(), defaults.maxResultRows(),
                maxBodyMb * 1024 * 1024);
        return new Config(httpPort, dataDir.toAbsolutePath().normalize(), boltHost, boltPort,
                blank(adminToken) ? Optional.empty() : Optional.of(adminToken), external,
                blank(resourceRoot) ? Optional.empty() : Optional.of(Path.of(resourceRoot).toAbsolutePath()), limits,
                blank(corsOrigins) ? java.util.List.of() : java.util.Arrays.stream(corsOrigins.split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList(),
                blank(httpHost) ? Config.LOOPBACK : httpHost.strip(),
                blank(boltPassword) ? Optional.empty() : Optional.of(boltPassword),
                Tokens.parse(tokens, blank(adminToken) ? Optional.empty() : Optional.of(adminToken)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
