package org.synergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;
import org.synergraph.Synergraph;
import org.synergraph.support.TestGraph;

/** The embedded Bolt server: only the generated password opens it, over TCP and over WebSocket alike. */
class BoltAuthIT {
    private final Synergraph app = TestGraph.embedded().synergraph();
    private final URI bolt = URI.create(app.graph().boltUri());

    @Test
    void an_anonymous_bolt_client_is_refused() {
        assertRefused(AuthTokens.none());
    }

    @Test
    void a_wrong_password_is_refused_and_does_not_lock_the_app_out() {
        for (int i = 0; i < 5; i++) {
            assertRefused(AuthTokens.basic("neo4j", "wrong-password-" + i));
        }
        assertRefused(AuthTokens.basic("neo4j", "neo4j"));

        // Neo4j's lock-out after failed attempts would let anyone lock the app out of its own database.
        assertEquals(1L, run(AuthTokens.basic("neo4j", password()), "RETURN 1 AS one"));
    }

    @Test
    void the_password_is_generated_strong_and_kept_readable_by_its_owner_only() throws Exception {
        Path file = app.config().boltPasswordFile();

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(password().length() >= 40, "43 characters of base64 from 32 random bytes");
    }

    @Test
    void a_websocket_bolt_handshake_without_credentials_cannot_run_a_query() throws Exception {
        long before = run(AuthTokens.basic("neo4j", password()), "MATCH (n:Intruder) RETURN count(n) AS c");

        try (WebSocketBolt ws = WebSocketBolt.open(bolt.getHost(), bolt.getPort())) {
            assertEquals(101, ws.upgradeStatus(), "Bolt accepts WebSocket upgrades (what Neo4j Browser uses)");
            assertEquals(4, ws.handshake44(), "agreed Bolt 4.4");

            int hello = ws.helloWithoutCredentials();
            int create = ws.run("CREATE (:Intruder {at: 1})");

            assertEquals(WebSocketBolt.FAILURE, hello, "HELLO without credentials fails");
            assertNotEquals(WebSocketBolt.SUCCESS, create, "no query runs after a failed HELLO");
        }
        long after = run(AuthTokens.basic("neo4j", password()), "MATCH (n:Intruder) RETURN count(n) AS c");
        assertEquals(before, after);
        assertFalse(after > 0);
    }

    private void assertRefused(AuthToken token) {
        try (Driver driver = GraphDatabase.driver(bolt, token)) {
            ClientException e = assertThrows(ClientException.class, driver::verifyConnectivity);
            assertTrue(e.code().startsWith("Neo.ClientError.Security."), e.code());
        }
    }

    private long run(AuthToken token, String cypher) {
        try (Driver driver = GraphDatabase.driver(bolt, token)) {
            return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
        }
    }

    private String password() {
        try {
            return Files.readString(app.config().boltPasswordFile()).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
