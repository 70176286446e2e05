package org.synergraph.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.synergraph.config.Resources;

/**
 * When two entity ids count as the same for scoring: equal, or one is the secretariat of the other. A report may
 * say "the Mountain Partnership secretariat" where a reader writes "the Mountain Partnership"; a secretariat
 * ({@code partOf} in entities.json, id containing "secretariat") stands for its body, in either direction, one step
 * only. Other parts (a council, a division, a committee) stay distinct: "reports to the FAO Council" is not
 * "reports to FAO".
 */
final class Equivalence {
    private final Map<String, String> secretariatOf;

    Equivalence(Map<String, String> secretariatOf) {
        this.secretariatOf = Map.copyOf(secretariatOf);
    }

    static Equivalence exact() {
        return new Equivalence(Map.of());
    }

    /** Reads the partOf links of the gazetteer's entities.json and keeps those of secretariats. */
    static Equivalence fromGazetteer(Resources resources) {
        Map<String, String> map = new HashMap<>();
        try {
            for (JsonNode e : new ObjectMapper().readTree(resources.read("data/gazetteer/entities.json"))) {
                String id = e.path("id").asText();
                String parent = e.path("partOf").asText("");
                if (!parent.isEmpty() && id.contains("secretariat")) {
                    map.put(id, parent);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data/gazetteer/entities.json", e);
        }
        return new Equivalence(map);
    }

    boolean same(String a, String b) {
        return a.equals(b) || b.equals(secretariatOf.get(a)) || a.equals(secretariatOf.get(b));
    }
}
