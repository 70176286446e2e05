package org.synergraph.extract;

/** The kinds of entity the graph knows; each is also a Neo4j label. */
public enum EntityType {
    ORGANISATION("Organisation"), CONVENTION("Convention"), INITIATIVE("Initiative"), COUNTRY("Country"),
    REGION("Region");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The Neo4j label, e.g. "Organisation". */
    public String label() {
        return label;
    }

    public static EntityType fromLabel(String label) {
        for (EntityType t : values()) {
            if (t.label.equalsIgnoreCase(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type '" + label
                + "' (one of Organisation, Convention, Initiative, Country, Region)");
    }
}
