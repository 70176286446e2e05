package org.synergraph.discovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.synergraph.extract.EntityType;

/**
 * Stable ids of discovered entities: a type prefix, "disc_", and the normalised name: Latin words joined by _
 * ("org:disc_national_forest_institute"), or, for a name with other letters (ids are ASCII, see query.Ids), "zh_" and
 * the first 12 hex digits of the SHA-256 of the normalised name. The same name always gives the same id.
 */
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
        boolean ascii = slug.chars().allMatch(c -> c < 0x80) && !slug.isEmpty() && slug.length() <= 100;
        return prefix + ":disc_" + (ascii ? slug : "zh_" + sha256(KnownNames.normalise(name)).substring(0, 12));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
