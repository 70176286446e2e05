package org.synergraph.extract;

/** The typed relations between entities; each is also a Neo4j relationship type. */
public enum RelationType {
    ACTIVE_IN, FUNDS, PARTNERS_WITH, MEMBER_OF, LEADS, HOSTS, SUPPORTS, REPORTS_TO;

    public static RelationType parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown relation type '" + name + "'", e);
        }
    }
}
