package org.synergraph.bench;

import java.util.List;

/**
 * One question of the read side, asked two ways: as an API request, and as the statements the API runs for it,
 * sent straight through the driver with the same parameters.
 *
 * @param name   what is asked, e.g. "shared activity (3 inputs)"
 * @param path   the API path and query string
 * @param driver the same Cypher, run directly; returns the rows it read
 */
record QueryCase(String name, String path, DriverCall driver) {

    /** The statements behind one API request, in the order the query class runs them. */
    interface DriverCall {
        int run(DirectCypher cypher);
    }

    /** The API's Cypher for a case, by name, run in one read transaction each. */
    interface DirectCypher {
        List<org.neo4j.driver.Record> read(String statement, java.util.Map<String, Object> params);

        String query(String name);
    }
}
