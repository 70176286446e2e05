package org.synergraph.graph;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.synergraph.problem.Problem;

/** Turns what the driver throws into problems a caller can understand. */
final class DriverErrors {
    private DriverErrors() {
    }

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof Problem) {
            return e;
        }
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            return new Problem(Problem.Kind.UNAVAILABLE, "graph_unavailable",
                    "The graph database cannot be reached right now; try again shortly.", e);
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
            if (code.contains("AccessMode") || code.contains("Forbidden")) {
                return new Problem(Problem.Kind.FORBIDDEN, "read_only",
                        "Only reading is allowed here: " + n.getMessage(), e);
            }
            if (e instanceof ClientException && (code.contains("Statement.") || code.contains("Procedure."))) {
                return Problem.badRequest("cypher_error", firstLine(n.getMessage()));
            }
        }
        return e;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "The query was rejected.";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
