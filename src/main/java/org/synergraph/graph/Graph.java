package org.synergraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.synergraph.config.Config;

/**
 * The one way into Neo4j: a driver over Bolt, to the embedded DBMS or to an external server or cluster.
 * Reads are routed as reads; each call is one transaction with a timeout.
 */
public final class Graph implements AutoCloseable {
    private final Driver driver;
    private final String database;
    private final GraphMode mode;
    private final String boltUri;
    private final Optional<EmbeddedNeo4j> embedded;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final Optional<BoltCredentials> credentials;
    private final java.util.concurrent.atomic.AtomicLong writesHere = new java.util.concurrent.atomic.AtomicLong();
    private GraphVersion lastVersion;

    private Graph(Driver driver, String database, GraphMode mode, String boltUri, Optional<EmbeddedNeo4j> embedded,
                  Duration readTimeout, Optional<BoltCredentials> credentials) {
        this.credentials = credentials;
        this.driver = driver;
        this.database = database;
        this.mode = mode;
        this.boltUri = boltUri;
        this.embedded = embedded;
        this.readTimeout = readTimeout;
        this.writeTimeout = Duration.ofMinutes(5);
    }

    /** Opens the graph the configuration names: the external Neo4j if given, otherwise an embedded one. */
    public static Graph open(Config config, EmbeddedNeo4j.EmbeddedSettings settings) {
        if (config.external().isPresent()) {
            Config.ExternalNeo4j ext = config.external().get();
            Driver driver = GraphDatabase.driver(ext.uri(), AuthTokens.basic(ext.user(), ext.password()), driverConfig());
            return new Graph(driver, ext.database(), GraphMode.EXTERNAL, ext.uri(), Optional.empty(),
                    config.limits().queryTimeout(), Optional.empty());
        }
        StoreDirectory.check(config.graphDir()); // a read-only or foreign folder is refused before anything is written
        BoltCredentials credentials = BoltCredentials.resolve(config.boltPassword(), config.boltPasswordFile());
        EmbeddedNeo4j dbms = EmbeddedNeo4j.start(config.graphDir(), config.boltHost(), config.boltPort(),
                settings.withTransactionMemory(config.limits().consoleMemoryBytes()), credentials);
        try {
            Driver driver = GraphDatabase.driver(dbms.boltUri(),
                    AuthTokens.basic(credentials.user(), credentials.password()), driverConfig());
            driver.verifyConnectivity();
            return new Graph(driver, "neo4j", GraphMode.EMBEDDED, dbms.boltUri(), Optional.of(dbms),
                    config.limits().queryTimeout(), Optional.of(credentials));
        } catch (RuntimeException e) {
            dbms.close();
            throw e;
        }
    }

    private static org.neo4j.driver.Config driverConfig() {
        return org.neo4j.driver.Config.builder()
                .withLogging(Logging.none())
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(10, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(5, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(64)
                .build();
    }

    /** Runs a read query (routed to a reader) and maps each row. */
    public <T> List<T> read(String cypher, Map<String, Object> params, Function<Record, T> mapper) {
        try (Session session = session(AccessMode.READ)) {
            return session.executeRead(tx -> tx.run(cypher, params).list(mapper::apply), txConfig(readTimeout));
        } catch (RuntimeException e) {
            throw DriverErrors.translate(e, DriverErrors.Author.APPLICATION);
        }
    }

    /** Runs one read query once, without retries, with its own timeout: for user-written Cypher. */
    public <T> T readOnce(Duration timeout, Function<org.neo4j.driver.Transaction, T> work) {
        try (Session session = session(AccessMode.READ);
             org.neo4j.driver.Transaction tx = session.beginTransaction(txConfig(timeout))) {
            T result = work.apply(tx);
            tx.rollback();
            return result;
        } catch (RuntimeException e) {
            throw DriverErrors.translate(e, DriverErrors.Author.CLIENT);
        }
    }

    /** Runs a unit of work as one write transaction: all of it lands, or none of it. */
    public void write(Consumer<TransactionContext> work) {
        try (Session session = session(AccessMode.WRITE)) {
            session.executeWriteWithoutResult(work, txConfig(writeTimeout));
        } catch (RuntimeException e) {
            throw DriverErrors.translate(e, DriverErrors.Author.APPLICATION);
        } finally {
            writesHere.incrementAndGet();
        }
    }

    /**
     * The graph's version: embedded, the last committed transaction (so writes made over Bolt by anyone count);
     * external, the writes made through this process (other clients' writes are not seen). {@code since} is when
     * this process first saw the version, to the second, never earlier than the previous version's.
     */
    public synchronized GraphVersion version() {
        long id = embedded.map(EmbeddedNeo4j::lastCommittedTransaction).orElse(0L) * 1_000_000L + writesHere.get();
        if (lastVersion == null || lastVersion.id() != id) {
            java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            java.time.Instant since = lastVersion == null || now.isAfter(lastVersion.since()) ? now
                    : lastVersion.since().plusSeconds(1);
            lastVersion = new GraphVersion(id, since);
        }
        return lastVersion;
    }

    /** Checks that the graph answers; false when it cannot be reached. */
    public boolean reachable() {
        try {
            driver.verifyConnectivity();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public GraphMode mode() {
        return mode;
    }

    public String boltUri() {
        return boltUri;
    }

    /** The embedded DBMS's Bolt user and where its password is kept; empty for an external Neo4j. */
    public Optional<BoltCredentials> embeddedCredentials() {
        return credentials;
    }

    public String database() {
        return database;
    }

    public Driver driver() {
        return driver;
    }

    private Session session(AccessMode mode) {
        return driver.session(SessionConfig.builder().withDatabase(database).withDefaultAccessMode(mode).build());
    }

    private static TransactionConfig txConfig(Duration timeout) {
        return TransactionConfig.builder().withTimeout(timeout).build();
    }

    /** Closes the driver, then the embedded DBMS if there is one. */
    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            embedded.ifPresent(EmbeddedNeo4j::close);
        }
    }
}
