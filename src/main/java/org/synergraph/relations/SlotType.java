package org.synergraph.relations;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.synergraph.extract.EntityType;

/**
 * What may fill an argument slot of a construction. In a sentence's skeleton each group of mentions stands as one
 * private-use character that says its kind; a slot is the set of characters it accepts.
 */
public enum SlotType {
    ORG(EntityType.ORGANISATION), CONVENTION(EntityType.CONVENTION), INITIATIVE(EntityType.INITIATIVE),
    COUNTRY(EntityType.COUNTRY), REGION(EntityType.REGION),
    ACTOR(EntityType.ORGANISATION, EntityType.CONVENTION, EntityType.INITIATIVE),
    PLACE(EntityType.COUNTRY, EntityType.REGION),
    PARTY(EntityType.ORGANISATION, EntityType.CONVENTION, EntityType.INITIATIVE, EntityType.COUNTRY),
    FUNDER(EntityType.ORGANISATION, EntityType.CONVENTION, EntityType.INITIATIVE, EntityType.COUNTRY),
    BODY(EntityType.ORGANISATION, EntityType.CONVENTION),
    ANY(EntityType.values());

    /** First of the characters that stand for groups in a skeleton; one per entity type, then two for mixed groups. */
    static final char BASE = '\uE001';
    /** A group of actors of more than one type (an organisation and an initiative). */
    static final char MIXED_ACTORS = (char) (BASE + EntityType.values().length);
    /** A group of places of both types (countries and regions). */
    static final char MIXED_PLACES = (char) (MIXED_ACTORS + 1);
    /** A group of actors and countries ("德国、挪威和作物信托基金" as donors). */
    static final char MIXED_PARTIES = (char) (MIXED_PLACES + 1);

    private final Set<EntityType> types;

    SlotType(EntityType first, EntityType... rest) {
        this.types = EnumSet.of(first, rest);
    }

    SlotType(EntityType[] all) {
        this.types = EnumSet.of(all[0], all);
    }

    boolean accepts(EntityType t) {
        return types.contains(t);
    }

    static char symbol(EntityType t) {
        return (char) (BASE + t.ordinal());
    }

    /** A regex character class of the skeleton characters this slot accepts. */
    String characterClass() {
        StringBuilder out = new StringBuilder("[");
        types.forEach(t -> out.append(symbol(t)));
        if (types.containsAll(ACTOR.types)) {
            out.append(MIXED_ACTORS);
        }
        if (types.containsAll(PLACE.types)) {
            out.append(MIXED_PLACES);
        }
        if (types.containsAll(PARTY.types)) {
            out.append(MIXED_PARTIES);
        }
        return out.append(']').toString();
    }

    /** Every skeleton group character, as a range for negated classes ("no group here"). */
    static String anyGroupRange() {
        return BASE + "-" + MIXED_PARTIES;
    }

    static boolean isGroup(char c) {
        return c >= BASE && c <= MIXED_PARTIES;
    }

    static SlotType parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown slot type '" + name + "'", e);
        }
    }
}
