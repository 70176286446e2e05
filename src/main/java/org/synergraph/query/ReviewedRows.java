package org.synergraph.query;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;
import org.synergraph.extract.RelationType;

/**
 * Which console rows a review filter keeps: a row that returns a typed relation (itself, in a path, a list or a map)
 * whose review state the filter leaves out is left out. Rows that only count or aggregate facts cannot be seen
 * into; such queries filter with {@code $review} or {@code r.reviewState} themselves.
 */
final class ReviewedRows {
    private static final TypeSystem TYPES = TypeSystem.getDefault();
    private static final Set<String> FACT_TYPES = Arrays.stream(RelationType.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    private final String filter;

    ReviewedRows(String filter) {
        this.filter = filter;
    }

    /** Whether a relationship is a fact (a typed relation a reviewer can judge), not a mention or a passage link. */
    static boolean isFact(Relationship r) {
        return FACT_TYPES.contains(r.type());
    }

    boolean keeps(Record row) {
        return "any".equals(filter) || row.values().stream().allMatch(this::keeps);
    }

    private boolean keeps(Value v) {
        if (v == null || v.isNull() || v.hasType(TYPES.NODE())) {
            return true;
        } else if (v.hasType(TYPES.RELATIONSHIP())) {
            return keeps(v.asRelationship());
        } else if (v.hasType(TYPES.PATH())) {
            for (Relationship r : v.asPath().relationships()) {
                if (!keeps(r)) {
                    return false;
                }
            }
            return true;
        } else if (v.hasType(TYPES.LIST()) || v.hasType(TYPES.MAP())) {
            for (Value inner : v.values()) {
                if (!keeps(inner)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean keeps(Relationship r) {
        Value state = r.get("reviewState");
        return !isFact(r) || ReviewView.keeps(filter, state.isNull() ? null : state.asString());
    }
}
