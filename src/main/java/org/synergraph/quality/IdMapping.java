package org.synergraph.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.synergraph.extract.Entity;
import java.util.Map;
import java.util.Set;
import org.synergraph.extract.Gazetteer;

/**
 * Puts the gold sample's ids into the project's id space: the same id when the gazetteer has it (countries by ISO
 * code, as both use country:ISO3), otherwise the gazetteer entity one of its names or aliases names; ids that match
 * nothing are kept as they are (and so can never be matched).
 */
final class IdMapping {
    private final Map<String, String> goldToProject = new HashMap<>();
    private final Map<String, String> goldByForm = new HashMap<>();

    IdMapping(GoldSample gold, Gazetteer gazetteer) {
        Map<String, String> byForm = new HashMap<>();
        gazetteer.all().forEach(e -> gazetteer.surfaceForms(e.id()).forEach(f -> byForm.putIfAbsent(key(f), e.id())));
        for (GoldSample.GoldEntity e : gold.entities()) {
            String id = e.id();
            if (gazetteer.byId(id).isEmpty()) {
                id = e.names().stream().map(n -> byForm.get(key(n))).filter(x -> x != null).findFirst().orElse(id);
            }
            goldToProject.put(e.id(), id);
            String projected = id;
            e.names().forEach(n -> goldByForm.putIfAbsent(key(n), projected));
        }
    }

    /** The projected gold id whose names include one of a discovered entity's names or aliases, as for gold ids. */
    Optional<String> byName(Entity discovered) {
        List<String> forms = new ArrayList<>();
        Stream.of(discovered.nameZh(), discovered.nameEn()).filter(Objects::nonNull).forEach(forms::add);
        forms.addAll(discovered.aliasesZh());
        forms.addAll(discovered.aliasesEn());
        return forms.stream().map(f -> goldByForm.get(key(f))).filter(Objects::nonNull).findFirst();
    }

    String project(String goldId) {
        return goldToProject.getOrDefault(goldId, goldId);
    }

    Set<String> goldIds() {
        return goldToProject.keySet();
    }

    private static String key(String form) {
        return form.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[《》“”\"\\s]", "");
    }
}
