package org.synergraph.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synergraph.problem.Problem;
import org.synergraph.query.Ids;

/** Reads query parameters strictly: unknown or repeated parameters and malformed numbers are 400s. */
final class Params {
    private Params() {
    }

    /** Refuses parameters the endpoint does not take and parameters given twice. */
    static void only(Context ctx, String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (!ok.contains(e.getKey())) {
                throw Problem.badRequest("unknown_parameter", "Unknown parameter '" + Ids.abbreviate(e.getKey()) + "'; this"
                        + " endpoint takes " + (ok.isEmpty() ? "none" : String.join(", ", allowed)) + ".");
            }
            if (e.getValue().size() > 1) {
                throw Problem.badRequest("repeated_parameter", "Parameter '" + e.getKey() + "' is given more than once.");
            }
        }
    }

    static String text(Context ctx, String name) {
        return ctx.queryParam(name);
    }

    /**
     * A whole number, or null when absent. Only the form is checked here; bounds belong to the query classes,
     * which read them from Config (one place per limit).
     */
    static Integer wholeNumber(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long v = Long.parseLong(raw.strip());
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw Problem.badRequest("bad_parameter", "'" + name + "' is out of range.");
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw Problem.badRequest("bad_parameter", "'" + name + "' must be a whole number, not '" + Ids.abbreviate(raw) + "'.");
        }
    }

    /** A finite decimal number, or null when absent. */
    static Double decimal(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(raw.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException(raw);
            }
            return v;
        } catch (NumberFormatException e) {
            throw Problem.badRequest("bad_parameter", "'" + name + "' must be a number, not '" + Ids.abbreviate(raw) + "'.");
        }
    }
}
