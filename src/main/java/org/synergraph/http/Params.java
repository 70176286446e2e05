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

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            long v = Long.parseLong(raw.strip());
            if (v < min || v > max) {
                throw Problem.badRequest("bad_parameter", "'" + name + "' must be between " + min + " and " + max + ".");
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw Problem.badRequest("bad_parameter", "'" + name + "' must be a whole number, not '" + Ids.abbreviate(raw) + "'.");
        }
    }

    /**
     * A whole number or null when absent; its bounds are the query layer's business (one place per limit), so
     * only the form is checked here.
     */
    static Integer wholeNumber(Context ctx, String name) {
        return optionalInteger(ctx, name, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    static Integer optionalInteger(Context ctx, String name, int min, int max) {
        String raw = ctx.queryParam(name);
        return raw == null || raw.isBlank() ? null : integer(ctx, name, 0, min, max);
    }
}
