package org.synergraph.ingest;

import org.neo4j.driver.TransactionContext;

/**
 * Work that runs in the same transaction right after a document (or a whole backup) is written, before entities
 * left without mentions or relations are tidied away: replaying reviewers' judgements.
 */
@FunctionalInterface
public interface WriteHook {
    /** Nothing to do. */
    WriteHook NONE = tx -> { };

    void afterWrite(TransactionContext tx);
}
