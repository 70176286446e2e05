package org.synergraph.graph;

import java.time.Instant;

/**
 * A value that changes whenever the graph does, and when this process first saw it: what HTTP caching validators
 * (ETag, Last-Modified) are made of.
 *
 * @param id    changes on every write
 * @param since when this version was first seen, to the second
 */
public record GraphVersion(long id, Instant since) {
}
