package org.synergraph.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A hand-checked reading of some documents (entities.json and facts.json of a gold-sample folder), used only to
 * measure the pipeline; it never reaches the pipeline itself.
 *
 * @param entities the entities, each with the documents that name it
 * @param facts    the facts, each with its document, paragraph and confidence
 */
public record GoldSample(List<GoldEntity> entities, List<GoldFact> facts) {

    /** An entity of the sample. */
    public record GoldEntity(String id, List<String> names, List<String> docs) {
    }

    /**
     * A fact of the sample; predicate PLANNED_IN stands for ACTIVE_IN with status planned.
     *
     * @param confidence "high", "medium" or "low"
     */
    public record GoldFact(String subject, String predicate, String object, String doc, String para,
                           String confidence) {
        /** Low-confidence facts are judgement calls: they count neither for recall nor against precision. */
        public boolean counts() {
            return !"low".equals(confidence);
        }
    }

    public static GoldSample load(Path folder) {
        ObjectMapper json = new ObjectMapper();
        try {
            List<GoldEntity> entities = new ArrayList<>();
            for (JsonNode e : json.readTree(Files.readString(folder.resolve("entities.json")))) {
                List<String> names = new ArrayList<>();
                for (String f : List.of("name_en", "name_zh")) {
                    if (e.hasNonNull(f)) {
                        names.add(e.get(f).asText());
                    }
                }
                e.path("aliases_zh").forEach(a -> names.add(a.asText()));
                e.path("aliases_en").forEach(a -> names.add(a.asText()));
                List<String> docs = new ArrayList<>();
                e.path("docs").forEach(d -> docs.add(d.asText()));
                entities.add(new GoldEntity(e.get("id").asText(), names, docs));
            }
            List<GoldFact> facts = new ArrayList<>();
            for (JsonNode f : json.readTree(Files.readString(folder.resolve("facts.json")))) {
                JsonNode props = f.path("props");
                String predicate = f.get("predicate").asText().toUpperCase(Locale.ROOT);
                if ("ACTIVE_IN".equals(predicate) && "planned".equals(props.path("status").asText())) {
                    predicate = "PLANNED_IN";
                }
                facts.add(new GoldFact(f.get("subject").asText(), predicate, f.get("object").asText(),
                        f.get("doc").asText(), f.path("para").asText(), props.path("confidence").asText("high")));
            }
            return new GoldSample(List.copyOf(entities), List.copyOf(facts));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gold sample in " + folder
                    + " (expected entities.json and facts.json)", e);
        }
    }

    /** The documents the sample covers. */
    public List<String> documents() {
        return facts.stream().map(GoldFact::doc).distinct().sorted().toList();
    }
}
