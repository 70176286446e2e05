package org.synergraph.quality;

import org.synergraph.extract.Entity;
import org.synergraph.extract.Gazetteer;

import java.util.HashMap;
import java.util.Map;

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

    /** The partOf links of the gazetteer's secretariats. */
    static Equivalence fromGazetteer(Gazetteer gazetteer) {
        Map<String, String> map = new HashMap<>();
        for (Entity e : gazetteer.all()) {
            if (e.partOf() != null && e.id().contains("secretariat")) {
                map.put(e.id(), e.partOf());
            }
        }
        return new Equivalence(map);
    }

    boolean same(String a, String b) {
        return a.equals(b) || b.equals(secretariatOf.get(a)) || a.equals(secretariatOf.get(b));
    }
}
