package org.synergraph.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * A Neo4j community DBMS running inside this JVM, reachable only through its Bolt server (loopback by default).
 * Nothing in the application uses the embedded API beyond starting and stopping it.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private final DatabaseManagementService dbms;
    private final String boltHost;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService dbms, String boltHost, int boltPort) {
        this.dbms = dbms;
        this.boltHost = boltHost;
        this.boltPort = boltPort;
    }

    /**
     * Starts a DBMS on {@code storeDir} with Bolt on {@code host:port} (port 0 picks a free one), authentication on,
     * and the user's password set to the one given.
     *
     * @throws StoreLockedException when another process holds the store
     */
    public static EmbeddedNeo4j start(Path storeDir, String host, int port, EmbeddedSettings settings,
                                      BoltCredentials credentials) {
        StoreDirectory.check(storeDir);
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(storeDir)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    // No lock-out after failed logins: with it, anyone who can reach the port could lock the app out
                    // of its own database by sending three wrong passwords; the password is too long to guess.
                    .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, settings.pageCacheBytes())
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, settings.txLogRotationBytes())
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Read-side safety: no LOAD CSV from local files, no fetching from private or loopback addresses.
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist, IpBlocklist.ALL)
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, settings.transactionMemoryBytes())
                    .build();
        } catch (RuntimeException e) {
            if (isLockFailure(e)) {
                throw new StoreLockedException(storeDir, e);
            }
            throw new org.synergraph.problem.Problem(org.synergraph.problem.Problem.Kind.CONFLICT, "store_failed",
                    "The embedded graph in " + storeDir + " could not be started: " + StoreDirectory.reason(e)
                            + ". See " + storeDir.resolve("logs/debug.log") + " for details.", e);
        }
        try {
            setPassword(dbms, credentials);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
        int actualPort = port;
        if (port == 0) {
            GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            actualPort = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT).getPort();
        }
        return new EmbeddedNeo4j(dbms, host, actualPort);
    }

    /**
     * The id of the last transaction committed to the application's database, by anyone (the app, or a Neo4j
     * Browser user over Bolt): it changes on every write and on nothing else.
     */
    public long lastCommittedTransaction() {
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        return db.getDependencyResolver().resolveDependency(TransactionIdStore.class).getLastCommittedTransactionId();
    }

    public String boltUri() {
        return "neo4j://" + boltHost + ":" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }

    /**
     * Sets the user's password through the embedded system database (no Bolt involved, so no chicken and egg), and
     * clears Neo4j's "change the default password" flag. Setting the password it already has is refused by Neo4j,
     * so the current one is compared first.
     */
    private static void setPassword(DatabaseManagementService dbms, BoltCredentials credentials) {
        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (accepts(system.getDependencyResolver().resolveDependency(AuthManager.class), credentials)) {
            return;
        }
        system.executeTransactionally("ALTER USER " + BoltCredentials.USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                java.util.Map.of("password", credentials.password()));
    }

    private static boolean accepts(AuthManager auth, BoltCredentials credentials) {
        try {
            return auth.login(AuthToken.newBasicAuthToken(credentials.user(), credentials.password()),
                    ClientConnectionInfo.EMBEDDED_CONNECTION).subject().getAuthenticationResult()
                    == AuthenticationResult.SUCCESS;
        } catch (InvalidAuthTokenException e) {
            return false;
        }
    }

    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("FileLockException") || name.equals("StoreLockException")) {
                return true;
            }
        }
        return false;
    }

    /** Memory and log settings of the embedded store, sized for a laptop. */
    public record EmbeddedSettings(long pageCacheBytes, long txLogRotationBytes, long transactionMemoryBytes) {
        public static EmbeddedSettings laptop() {
            return new EmbeddedSettings(256L << 20, 64L << 20, 512L << 20);
        }

        /** The same settings with another per-transaction memory cap (the console's, from configuration). */
        public EmbeddedSettings withTransactionMemory(long bytes) {
            return new EmbeddedSettings(pageCacheBytes, txLogRotationBytes, bytes);
        }

        public static EmbeddedSettings small() {
            return new EmbeddedSettings(64L << 20, 1L << 20, 256L << 20);
        }
    }

    /** Address ranges that Cypher (LOAD CSV) may never reach from the embedded DBMS. */
    private static final class IpBlocklist {
        static final List<inet.ipaddr.IPAddressString> ALL = List.of(
                new inet.ipaddr.IPAddressString("0.0.0.0/0"), new inet.ipaddr.IPAddressString("::/0"));
    }
}
