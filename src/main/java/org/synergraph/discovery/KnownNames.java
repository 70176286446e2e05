package org.synergraph.discovery;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.synergraph.extract.Entity;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.Gazetteer;
import org.synergraph.extract.Mention;
import org.synergraph.extract.SurfaceForm;

/**
 * The gazetteer's names in normalised form (《》“” and whitespace removed, Latin case-folded), so that a discovered
 * name or acronym a known entity already has is read as a mention of that entity, and a blocker is never a name.
 */
final class KnownNames {
    /** Marks a normalised form that is a blocker (发展中国家): it names nothing and may not be claimed. */
    static final String BLOCKER = "";
    private final Gazetteer gazetteer;
    private final Map<String, String> idByForm = new HashMap<>();

    KnownNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (SurfaceForm f : gazetteer.surfaceForms()) {
            idByForm.putIfAbsent(normalise(f.text()), f.isBlocker() ? BLOCKER : f.entityId());
        }
    }

    static String normalise(String name) {
        return name.replaceAll("[《》“”\"\\s]", "").toLowerCase(Locale.ROOT);
    }

    /** The known entity (or {@link #BLOCKER}) a name normalises to, if any. */
    Optional<String> owner(String name) {
        return Optional.ofNullable(idByForm.get(normalise(name)));
    }

    Optional<EntityType> type(String entityId) {
        return gazetteer.byId(entityId).map(Entity::type);
    }

    /** Whether a mention names a country or a region. */
    boolean isPlace(Mention m) {
        EntityType t = type(m.entityId()).orElse(null);
        return t == EntityType.COUNTRY || t == EntityType.REGION;
    }

    /** Whether a mention is written as one of its entity's names (not a generic word such as 秘书处 resolved by context). */
    boolean isProperName(Mention m) {
        return gazetteer.surfaceForms(m.entityId()).contains(m.surface());
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }
}
