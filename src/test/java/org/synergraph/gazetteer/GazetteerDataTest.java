package org.synergraph.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the hand-made gazetteer files data/gazetteer/entities.json (corpus entities) and
 * data/gazetteer/reference.json (reference entities): each entry is well formed, ids are unique, and no
 * name or alias stands for two entities once quotes, brackets, whitespace and letter case are ignored.
 */
class GazetteerDataTest {
    private static final List<String> FILES = List.of("data/gazetteer/entities.json", "data/gazetteer/reference.json");
    private static final Pattern ID = Pattern.compile("^(org|convention|initiative|project|region):[a-z0-9_]+$");
    private static final Pattern COUNTRY = Pattern.compile("^country:[A-Z]{3}$");
    private static final Pattern QID = Pattern.compile("^Q[1-9][0-9]*$");
    private static final Set<String> TYPES = Set.of("Organisation", "Convention", "Initiative", "Region");
    /** Characters the comparison ignores: Chinese title marks and quotes, ASCII quotes, whitespace. */
    private static final Pattern IGNORED = Pattern.compile("[《》〈〉“”\"\\s]");

    /** Every entry of both files, each paired with the file it comes from. */
    private static final List<Entry> ENTRIES = new ArrayList<>();

    private record Entry(String file, int index, JsonNode node) {
        String id() {
            return node.path("id").asText("");
        }

        String where() {
            return file + " entry " + index + " (" + id() + ")";
        }
    }

    @BeforeAll
    static void readFiles() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (String file : FILES) {
            JsonNode root = mapper.readTree(Files.readString(Path.of(file)));
            assertTrue(root.isArray(), file + " is not a JSON array");
            for (int i = 0; i < root.size(); i++) {
                ENTRIES.add(new Entry(file, i, root.get(i)));
            }
        }
    }

    static String normalise(String name) {
        return IGNORED.matcher(name).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean blank(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank();
    }

    @Test
    void every_entry_is_well_formed() {
        Set<String> ids = new HashSet<>();
        ENTRIES.forEach(e -> ids.add(e.id()));
        List<String> problems = new ArrayList<>();
        for (Entry e : ENTRIES) {
            JsonNode n = e.node();
            if (!ID.matcher(e.id()).matches()) {
                problems.add(e.where() + ": id does not match " + ID.pattern());
            }
            if (!TYPES.contains(n.path("type").asText())) {
                problems.add(e.where() + ": type '" + n.path("type").asText() + "' is not one of " + TYPES);
            }
            for (String field : List.of("nameEn", "nameZh", "source")) {
                if (blank(n, field)) {
                    problems.add(e.where() + ": " + field + " is missing or blank");
                }
            }
            for (String field : List.of("aliasesZh", "aliasesEn")) {
                JsonNode aliases = n.get(field);
                if (aliases == null) {
                    continue;
                }
                if (!aliases.isArray()) {
                    problems.add(e.where() + ": " + field + " is not an array");
                    continue;
                }
                for (JsonNode a : aliases) {
                    if (!a.isTextual() || a.asText().isBlank()) {
                        problems.add(e.where() + ": " + field + " holds a blank or non-string alias");
                    }
                }
            }
            if (n.has("wikidata") && !QID.matcher(n.path("wikidata").asText()).matches()) {
                problems.add(e.where() + ": wikidata '" + n.path("wikidata").asText() + "' is not a QID");
            }
            if (n.has("partOf")) {
                String parent = n.path("partOf").asText();
                if (!ids.contains(parent) && !COUNTRY.matcher(parent).matches()) {
                    problems.add(e.where() + ": partOf '" + parent + "' is neither a known id nor country:ISO3");
                }
                if (parent.equals(e.id())) {
                    problems.add(e.where() + ": partOf names the entry itself");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void ids_are_unique_over_both_files() {
        Map<String, String> seen = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Entry e : ENTRIES) {
            String earlier = seen.putIfAbsent(e.id(), e.where());
            if (earlier != null) {
                duplicates.add(e.id() + " in " + earlier + " and " + e.where());
            }
        }
        assertTrue(duplicates.isEmpty(), String.join("\n", duplicates));
    }

    @Test
    void no_alias_names_two_entities() {
        Map<String, Set<String>> owners = new TreeMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (Entry e : ENTRIES) {
            JsonNode n = e.node();
            List<String> names = new ArrayList<>();
            names.add(n.path("nameEn").asText(""));
            names.add(n.path("nameZh").asText(""));
            n.path("aliasesZh").forEach(a -> names.add(a.asText()));
            n.path("aliasesEn").forEach(a -> names.add(a.asText()));
            for (String name : names) {
                String key = normalise(name);
                if (key.isEmpty()) {
                    continue;
                }
                owners.computeIfAbsent(key, k -> new TreeSet<>()).add(e.id());
                spelling.putIfAbsent(key, name);
            }
        }
        List<String> clashes = new ArrayList<>();
        owners.forEach((key, ids) -> {
            if (ids.size() > 1) {
                clashes.add("alias '" + spelling.get(key) + "' (normalised '" + key + "') names " + ids);
            }
        });
        assertTrue(clashes.isEmpty(), clashes.size() + " shared aliases:\n" + String.join("\n", clashes));
    }

    @Test
    void both_files_together_hold_at_least_600_entities() {
        assertTrue(ENTRIES.size() >= 600, "only " + ENTRIES.size() + " entities in " + FILES);
    }

    @Test
    void normalising_ignores_title_marks_quotes_spaces_and_case() {
        assertEquals(normalise("生物多样性公约"), normalise("《生物多样性公约》"));
        assertEquals(normalise("unccd"), normalise(" UNCCD "));
        assertEquals(normalise("“土壤医生”"), normalise("土壤医生"));
    }
}
