package org.synergraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A comma-separated list of names from outside (relation types, entity types), each checked by {@code one}. */
final class NameList {
    private NameList() {
    }

    /** The names in order, blanks skipped; null when there are none. At most {@code most} parts are read apart. */
    static List<String> parse(String commaSeparated, int most, UnaryOperator<String> one) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String part : commaSeparated.split(",", most + 2)) {
            if (!part.isBlank()) {
                out.add(one.apply(part));
            }
        }
        return out.isEmpty() ? null : out;
    }
}
