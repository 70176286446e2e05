package org.synergraph.relations;

import java.util.Locale;

/** How sure a construction is of what it reads; each level is a fixed number stored on the evidence. */
public enum Confidence {
    HIGH(0.85), MEDIUM(0.7), LOW(0.55);

    private final double value;

    Confidence(double value) {
        this.value = value;
    }

    public double value() {
        return value;
    }

    /** One level lower: what a reading becomes when its subject is only inferred (an anaphor, the topic). */
    public Confidence lower() {
        return this == HIGH ? MEDIUM : LOW;
    }

    public static Confidence parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown confidence '" + name + "' (high, medium or low)", e);
        }
    }
}
