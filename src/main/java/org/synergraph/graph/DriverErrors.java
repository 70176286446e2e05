package org.synergraph.graph;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synergraph.problem.Problem;

/**
 * Turns what the driver throws into problems a caller can understand. Whose Cypher failed decides whose fault it
 * is: a statement error in a person's console query is theirs (400), the same error in one of our own statements
 * (a missing index, a bug in a {@code .cypher} file) is the server's (500), and a database that is down or not
 * there is 503 either way.
 */
final class DriverErrors {
    private static final Logger LOG = LoggerFactory.getLogger(DriverErrors.class);

    /** Who wrote the statement that failed. */
    enum Author { APPLICATION, CLIENT }

    private DriverErrors() {
    }

    static RuntimeException translate(RuntimeException e, Author author) {
        if (e instanceof Problem) {
            return e;
        }
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            return unavailable(e);
        }
        if (e instanceof Neo4jException n) {
            String code = n.code() == null ? "" : n.code();
            if (code.contains("TransactionTimedOut") || code.endsWith("Transaction.Terminated")
                    || code.contains("LockAcquisitionTimeout")) {
                return new Problem(Problem.Kind.TIMEOUT, "query_timeout",
                        "The query took longer than the time limit and was stopped.", e);
            }
            if (code.contains("MemoryPoolOutOfMemoryError") || code.contains("TransactionOutOfMemoryError")) {
                return new Problem(Problem.Kind.TOO_LARGE, "query_memory_limit",
                        "The query needed more memory than one query may use, and was stopped.", e);
            }
            if (code.endsWith("General.DatabaseUnavailable") || code.endsWith("Database.DatabaseNotFound")) {
                return unavailable(e);
            }
            if (author == Author.CLIENT && (code.contains("AccessMode") || code.contains("Forbidden"))) {
                return new Problem(Problem.Kind.FORBIDDEN, "read_only",
                        "Only reading is allowed here: " + n.getMessage(), e);
            }
            if (e instanceof ClientException && (code.contains("Statement.") || code.contains("Procedure.")
                    || code.contains("Schema."))) {
                return author == Author.CLIENT ? Problem.badRequest("cypher_error", firstLine(n.getMessage()))
                        : serverFault(n, code);
            }
        }
        return e;
    }

    private static Problem unavailable(RuntimeException e) {
        return new Problem(Problem.Kind.UNAVAILABLE, "graph_unavailable",
                "The graph database cannot be reached right now; try again shortly.", e);
    }

    /** One of our statements was refused: the schema is not what the code expects, or the statement is wrong. */
    private static Problem serverFault(Neo4jException n, String code) {
        LOG.error("Neo4j refused one of our statements ({}): {}", code, n.getMessage());
        String message = n.getMessage() == null ? "" : n.getMessage().toLowerCase(java.util.Locale.ROOT);
        if (message.contains("no such") && message.contains("index")) {
            return new Problem(Problem.Kind.INTERNAL, "schema_missing",
                    "The graph lacks an index this query needs (its schema was not applied); the error has been"
                            + " logged.", n);
        }
        return new Problem(Problem.Kind.INTERNAL, "query_failed",
                "One of the server's queries failed (" + code + "); the error has been logged.", n);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "The query was rejected.";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
