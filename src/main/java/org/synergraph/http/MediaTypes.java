package org.synergraph.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.synergraph.problem.Problem;

/**
 * Content negotiation as RFC 9110 §12.5.1 describes it: each offered type gets the quality of the most specific
 * Accept range that matches it; the highest quality wins, then the range listed first, then the server's order.
 * {@code q=0} refuses a type; no Accept header accepts everything.
 */
final class MediaTypes {
    private MediaTypes() {
    }

    /** One range of an Accept header, e.g. {@code text/*;q=0.5}. */
    record Range(String type, String subtype, double q, int position) {
        int specificity(String offeredType, String offeredSubtype) {
            if (type.equals("*")) {
                return 0;
            }
            if (!type.equals(offeredType)) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            return subtype.equals(offeredSubtype) ? 2 : -1;
        }
    }

    /**
     * The offered media type the client prefers, or a 406 naming the offered types when it accepts none.
     *
     * @param accept  the Accept header, or null
     * @param offered media types such as {@code application/json}, in the server's order of preference
     */
    static String choose(String accept, List<String> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        List<Range> ranges = parse(accept);
        String best = null;
        double bestQ = 0;
        int bestPosition = Integer.MAX_VALUE;
        for (String type : offered) {
            String[] parts = type.split("/", 2);
            Range match = null;
            int matchSpecificity = -1;
            for (Range r : ranges) {
                int s = r.specificity(parts[0], parts[1]);
                if (s > matchSpecificity) {
                    match = r;
                    matchSpecificity = s;
                }
            }
            if (match == null || match.q() <= 0) {
                continue;
            }
            if (match.q() > bestQ || (match.q() == bestQ && match.position() < bestPosition)) {
                best = type;
                bestQ = match.q();
                bestPosition = match.position();
            }
        }
        if (best == null) {
            throw new Problem(Problem.Kind.NOT_ACCEPTABLE, "not_acceptable", "This resource is available as "
                    + String.join(", ", offered) + "; the Accept header allows none of them.");
        }
        return best;
    }

    static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        String[] items = accept.split(",");
        for (int i = 0; i < items.length && i < 64; i++) {
            String[] params = items[i].split(";");
            String[] typeParts = params[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
            if (typeParts.length != 2 || typeParts[0].isEmpty() || typeParts[1].isEmpty()) {
                continue;
            }
            double q = 1;
            for (int p = 1; p < params.length; p++) {
                String param = params[p].strip();
                if (param.toLowerCase(Locale.ROOT).startsWith("q=")) {
                    q = quality(param.substring(2));
                }
            }
            if (!Double.isNaN(q)) { // a range with an unreadable weight is left out
                ranges.add(new Range(typeParts[0], typeParts[1], q, i));
            }
        }
        return ranges;
    }

    private static double quality(String text) {
        try {
            double q = Double.parseDouble(text.strip());
            return q >= 0 && q <= 1 ? q : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
