package org.synergraph.support;

import org.synergraph.Synergraph;
import org.synergraph.config.Config;

/** Opens a Synergraph for tests the way `serve` does. */
final class Fixtures {
    private Fixtures() {
    }

    static Synergraph open(Config config) {
        Synergraph s = Synergraph.open(config, TestGraph.settings());
        s.ingestBundledCorpus(org.synergraph.ingest.Progress.none());
        return s;
    }
}
