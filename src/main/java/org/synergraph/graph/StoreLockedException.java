package org.synergraph.graph;

import java.nio.file.Path;

/** Another process already has the embedded store open. */
public final class StoreLockedException extends RuntimeException {
    public StoreLockedException(Path store, Throwable cause) {
        super("The graph store " + store + " is in use by another Synergraph (or Neo4j) process. "
                + "Stop that process, or start this one with another data directory (--data / SYNERGRAPH_DATA).", cause);
    }
}
