package org.synergraph.extract;

import java.util.Locale;

/** Whether a stated relation holds now or is planned ("将在…实施", "will be implemented in"). */
public enum RelationStatus {
    ACTIVE, PLANNED;

    /** The status as stored in the graph and shown in the API: "active" or "planned". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "planned" is planned; anything else, null included, is active. */
    public static RelationStatus parse(String label) {
        return label != null && label.strip().equalsIgnoreCase("planned") ? PLANNED : ACTIVE;
    }
}
