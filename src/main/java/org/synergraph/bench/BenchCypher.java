package org.synergraph.bench;

import org.synergraph.config.Resources;
import org.synergraph.graph.CypherFile;

/** The statements only the benchmark runs, from {@code cypher/bench/NAME.cypher}. */
final class BenchCypher {
    private BenchCypher() {
    }

    static String statement(Resources resources, String name) {
        return CypherFile.parse(name, resources.read("cypher/bench/" + name + ".cypher")).statement();
    }
}
