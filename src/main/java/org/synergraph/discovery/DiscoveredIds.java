package org.synergraph.discovery;

import java.util.Locale;
import org.synergraph.extract.EntityType;

/** Stable ids of discovered entities: a type prefix, "disc_", and the normalised name (Latin words joined by _). */
final class DiscoveredIds {
    private DiscoveredIds() {
    }

    static String of(EntityType type, String name) {
        String prefix = switch (type) {
            case INITIATIVE -> "initiative";
            case CONVENTION -> "convention";
            default -> "org";
        };
        String slug = name.replaceAll("[《》“”\"]", "").strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
        return prefix + ":disc_" + slug;
    }
}
