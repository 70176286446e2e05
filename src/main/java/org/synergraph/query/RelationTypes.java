package org.synergraph.query;

import java.util.List;
import org.synergraph.extract.RelationType;
import org.synergraph.problem.Problem;

/** Parses relation type names that arrive from outside. */
final class RelationTypes {
    private RelationTypes() {
    }

    /** A relation type exactly as the API documents it (ACTIVE_IN, FUNDS, …). */
    static String one(String name, String value) {
        try {
            String parsed = RelationType.parse(value).name();
            if (!parsed.equals(value.strip())) {
                throw new IllegalArgumentException("not spelt as documented");
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("bad_relation_type", "'" + Ids.abbreviate(value) + "' in '" + name
                    + "' is not a relation type (one of " + List.of(RelationType.values()) + ").");
        }
    }

    /** A comma-separated list, or null (all types) when blank. */
    static List<String> list(String name, String commaSeparated) {
        return NameList.parse(commaSeparated, RelationType.values().length, v -> one(name, v));
    }
}
