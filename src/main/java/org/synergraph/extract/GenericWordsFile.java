package org.synergraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads data/gazetteer/generic-words.json: the words that mean an issuing body or one of its organs. */
final class GenericWordsFile {
    static final String FILE = "data/gazetteer/generic-words.json";

    private GenericWordsFile() {
    }

    /** Each word's pattern with the head word of the organ it means, in file order. */
    static Map<Pattern, String> parse(String json) {
        Map<Pattern, String> out = new LinkedHashMap<>();
        for (JsonNode w : GazetteerJson.parse(json, FILE).path("words")) {
            String pattern = GazetteerJson.text(w, "pattern");
            String head = GazetteerJson.text(w, "head");
            if (pattern == null || head == null) {
                throw new IllegalStateException(FILE + " has a word without pattern or head: " + w);
            }
            out.put(Pattern.compile(pattern), head);
        }
        return out;
    }
}
