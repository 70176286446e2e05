package org.synergraph.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.synergraph.problem.Problem;

/** Checks entity ids and id lists that arrive from outside before they reach a query. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[a-z][a-z_]{0,30}:[A-Za-z0-9_.\\-]{1,120}");

    private Ids() {
    }

    public static String check(String name, String id) {
        if (id == null || id.isBlank()) {
            throw Problem.badRequest("missing_parameter", "Parameter '" + name + "' is required (an entity id such as"
                    + " initiative:recsoil or country:CRI).");
        }
        if (!ID.matcher(id).matches()) {
            throw Problem.badRequest("bad_id", "'" + abbreviate(id) + "' is not an entity id (ids look like"
                    + " initiative:recsoil or country:CRI).");
        }
        return id;
    }

    /** Splits a comma-separated list, checks each id, drops duplicates, and enforces the size limits. */
    public static List<String> list(String name, String commaSeparated, int min, int max) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            throw Problem.badRequest("missing_parameter", "Parameter '" + name + "' is required: a comma-separated"
                    + " list of entity ids.");
        }
        String[] parts = commaSeparated.split(",", max + 2);
        if (parts.length > max) {
            throw Problem.tooLarge("too_many_ids", "At most " + max + " ids may be given in '" + name + "'.");
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (String part : parts) {
            ids.add(check(name, part.trim()));
        }
        if (ids.size() < min) {
            throw Problem.badRequest("too_few_ids", "Give at least " + min + " different ids in '" + name + "'.");
        }
        return new ArrayList<>(ids);
    }

    /** Shortens text a client sent to at most 60 characters, for quoting it back in an error message. */
    public static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
