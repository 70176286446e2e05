package org.synergraph.bench;

import java.util.ArrayList;
import java.util.List;
import org.synergraph.extract.Entity;
import org.synergraph.extract.EntityType;

/**
 * Made-up organisations, initiatives and conventions that let a synthetic corpus reach 10^5 entities. Names are
 * fixed-length codes behind a fixed prefix, so no name is part of another and none occurs in real text.
 */
final class SyntheticEntities {
    private static final String CODE_CHARS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";
    private static final List<EntityType> TYPES = List.of(EntityType.INITIATIVE, EntityType.ORGANISATION,
            EntityType.INITIATIVE, EntityType.CONVENTION);

    private SyntheticEntities() {
    }

    /** {@code count} entities, cycling through the types (half of them initiatives); the same list every time. */
    static List<Entity> make(int count) {
        List<Entity> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EntityType type = TYPES.get(i % TYPES.size());
            String word = switch (type) {
                case INITIATIVE -> "Initiative";
                case ORGANISATION -> "Organisation";
                default -> "Convention";
            };
            String zhWord = switch (type) {
                case INITIATIVE -> "倡议";
                case ORGANISATION -> "组织";
                default -> "公约";
            };
            String code = String.format("%06d", i);
            String nameZh = "合成" + zhWord + cjkCode(i);
            out.add(new Entity(type.label().toLowerCase(java.util.Locale.ROOT) + ":syn" + code, type,
                    "Synthetic " + word + " " + code, nameZh, List.of(), List.of(), null, null,
                    "synthetic (bench)"));
        }
        return out;
    }

    private static String cjkCode(int n) {
        StringBuilder s = new StringBuilder(5);
        for (int d = 0; d < 5; d++) {
            s.append(CODE_CHARS.charAt(n & 15));
            n >>>= 4;
        }
        return s.toString();
    }
}
