package org.synergraph.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.synergraph.corpus.DocumentMeta;
import org.synergraph.corpus.SourceDocument;
import org.synergraph.extract.Entity;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.Gazetteer;
import org.synergraph.extract.Mention;
import org.synergraph.extract.MentionFinder;

/**
 * A corpus {@code scale} times the bundled one by text volume, made from it: each synthetic document is a real one
 * with every entity it names swapped for another of the same type (a real one, or one of the synthetic entities),
 * so segmentation, mention finding and the relation rules meet the same sentence patterns at the same rates.
 * Deterministic for a given seed.
 *
 * @param scale     how many times the bundled corpus
 * @param gazetteer the real gazetteer plus the synthetic entities
 * @param documents the documents, {@code scale × (bundled documents)} of them
 */
record SyntheticCorpus(int scale, Gazetteer gazetteer, List<SourceDocument> documents) {
    /** Synthetic entities per unit of scale: 100 at 1x, 10^4 at 100x, 10^5 at 1000x. */
    static final int ENTITIES_PER_SCALE = 100;
    private static final double KEEP = 0.3;
    private static final double SYNTHETIC = 0.6;

    static SyntheticCorpus generate(List<SourceDocument> bundled, Gazetteer real, int scale, long seed) {
        List<Entity> synthetic = SyntheticEntities.make(scale * ENTITIES_PER_SCALE);
        Gazetteer gazetteer = real.plus(synthetic);
        Map<EntityType, List<Entity>> realByType = byType(real.all());
        Map<EntityType, List<Entity>> synByType = byType(synthetic);
        MentionFinder finder = MentionFinder.of(real);
        List<List<Mention>> templateMentions = bundled.stream().map(d -> finder.find(d.rawText())).toList();
        List<SourceDocument> docs = new ArrayList<>(scale * bundled.size());
        for (int copy = 0; copy < scale; copy++) {
            for (int t = 0; t < bundled.size(); t++) {
                SplittableRandom random = new SplittableRandom(seed * 1_000_003L + (long) copy * bundled.size() + t);
                SourceDocument template = bundled.get(t);
                String text = vary(template.rawText(), templateMentions.get(t), real, realByType, synByType, random);
                docs.add(new SourceDocument(meta(template.meta(), scale, copy), text));
            }
        }
        return new SyntheticCorpus(scale, gazetteer, List.copyOf(docs));
    }

    long bytes() {
        return documents.stream().mapToLong(d -> d.rawText().getBytes(StandardCharsets.UTF_8).length).sum();
    }

    private static String vary(String text, List<Mention> mentions, Gazetteer real,
                               Map<EntityType, List<Entity>> realByType, Map<EntityType, List<Entity>> synByType,
                               SplittableRandom random) {
        StringBuilder out = new StringBuilder(text.length() + 256);
        int at = 0;
        for (Mention m : mentions) {
            out.append(text, at, m.start());
            out.append(replacement(m, real.byId(m.entityId()).orElseThrow().type(), realByType, synByType, random));
            at = m.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private static String replacement(Mention m, EntityType type, Map<EntityType, List<Entity>> realByType,
                                      Map<EntityType, List<Entity>> synByType, SplittableRandom random) {
        double roll = random.nextDouble();
        if (roll < KEEP) {
            return m.surface();
        }
        List<Entity> pool = roll < KEEP + SYNTHETIC && synByType.containsKey(type) ? synByType.get(type)
                : realByType.get(type);
        Entity e = pool.get(random.nextInt(pool.size()));
        boolean chinese = m.surface().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN);
        String name = chinese ? e.nameZh() : e.nameEn();
        if (name == null || name.isBlank()) {
            name = chinese ? e.nameEn() : e.nameZh();
        }
        return name == null || name.isBlank() ? m.surface() : name;
    }

    private static Map<EntityType, List<Entity>> byType(Iterable<Entity> entities) {
        Map<EntityType, List<Entity>> out = new EnumMap<>(EntityType.class);
        entities.forEach(e -> out.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e));
        return out;
    }

    private static DocumentMeta meta(DocumentMeta m, int scale, int copy) {
        String id = String.format("syn%d-%05d-%s", scale, copy, m.id());
        String title = (m.titleEn() == null ? m.title() : m.titleEn()) + " (synthetic copy " + copy + ")";
        return new DocumentMeta(id, m.symbol(), m.titleZh(), title, m.body(), m.meeting(), m.date(), m.language(),
                "synthetic/" + id + ".txt");
    }
}
