package org.synergraph.query;

import org.synergraph.config.Config;
import org.synergraph.problem.Problem;

/**
 * Which part of a long list a client asks for: skip {@code offset} items, take at most {@code limit}. Checked here,
 * once, against the bounds in {@link Config.Paging}.
 */
public record PageRequest(int offset, int limit) {

    /** A request from optional client values: null means the default limit, or offset 0. */
    public static PageRequest of(Config.Paging bounds, Integer offset, Integer limit) {
        return of(bounds, offset, limit, bounds.defaultLimit(), bounds.maxLimit());
    }

    /** As {@link #of(Config.Paging, Integer, Integer)}, for a list with its own default and largest page. */
    public static PageRequest of(Config.Paging bounds, Integer offset, Integer limit, int defaultLimit, int maxLimit) {
        int o = offset == null ? 0 : offset;
        int l = limit == null ? defaultLimit : limit;
        if (o < 0 || o > bounds.maxOffset()) {
            throw Problem.badRequest("bad_parameter", "offset must be between 0 and " + bounds.maxOffset() + ".");
        }
        if (l < 1 || l > maxLimit) {
            throw Problem.badRequest("bad_parameter", "limit must be between 1 and " + maxLimit + ".");
        }
        return new PageRequest(o, l);
    }
}
