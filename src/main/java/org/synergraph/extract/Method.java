package org.synergraph.extract;

/** How a relation was found: by the extraction rules, or curated by a person. */
public enum Method {
    RULE, CURATED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
