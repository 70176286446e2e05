package org.synergraph.extract;

import static org.synergraph.extract.GazetteerJson.strings;
import static org.synergraph.extract.GazetteerJson.text;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Reads the curated entities of data/gazetteer/entities.json. */
final class EntitiesFile {
    static final String FILE = "data/gazetteer/entities.json";
    static final String REFERENCE = "data/gazetteer/reference.json";

    private EntitiesFile() {
    }

    /** The entities of an entities.json document, in file order; fails on a missing id or an unknown type. */
    static List<Entity> parse(String json) {
        JsonNode root = GazetteerJson.parse(json, FILE);
        if (!root.isArray()) {
            throw new IllegalStateException(FILE + " must hold a JSON array of entities");
        }
        List<Entity> entities = new ArrayList<>();
        for (JsonNode node : root) {
            String id = text(node, "id");
            if (id == null) {
                throw new IllegalStateException(FILE + " has an entity without an id: " + node);
            }
            entities.add(new Entity(id, type(id, text(node, "type")), text(node, "nameEn"), text(node, "nameZh"),
                    strings(node, "aliasesEn"), strings(node, "aliasesZh"), text(node, "iso3"),
                    text(node, "wikidata"), text(node, "source"), text(node, "partOf")));
        }
        return entities;
    }

    private static EntityType type(String id, String label) {
        try {
            return EntityType.fromLabel(String.valueOf(label));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(FILE + ": entity " + id + ": " + e.getMessage(), e);
        }
    }

}
