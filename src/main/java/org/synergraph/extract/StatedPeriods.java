package org.synergraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synergraph.config.Resources;

/**
 * Finds the time a clause states for its own fact: a period ("2021-2030年", "from 2021 to 2030"), a start
 * ("自2019年以来", "since 2019"), an end ("到2030年", "until 2030") or a year ("2024年", "in 2024"). The patterns are
 * data ({@code data/time/stated-periods.json}), one list per language; this class only runs them, earliest match in
 * the clause first and, of matches starting at the same place, the longest.
 */
public final class StatedPeriods {
    static final String FILE = "data/time/stated-periods.json";
    /** Finds nothing: for writers that do not read stated times. */
    public static final StatedPeriods NONE = new StatedPeriods(Map.of());
    private final Map<String, List<Construction>> byLanguage;

    private StatedPeriods(Map<String, List<Construction>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /**
     * The time a clause states: years as written (four digits), each null when not stated, and the words that say it.
     */
    public record StatedTime(String validFrom, String validTo, String year, String words) {
    }

    /** One way of stating a time, with the examples the unit test checks. */
    record Construction(String name, Pattern pattern, Map<String, StatedTime> examples) {
    }

    public static StatedPeriods load(Resources resources) {
        try {
            JsonNode data = new ObjectMapper().readTree(resources.read(FILE));
            Map<String, List<Construction>> out = new LinkedHashMap<>();
            data.fields().forEachRemaining(lang -> {
                if (!lang.getKey().startsWith("_")) {
                    List<Construction> list = new ArrayList<>();
                    lang.getValue().forEach(c -> list.add(construction(c)));
                    out.put(lang.getKey(), List.copyOf(list));
                }
            });
            return new StatedPeriods(Map.copyOf(out));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    /** What {@code clause}, in {@code language}, says about the time of its fact, if anything. */
    public Optional<StatedTime> find(String clause, String language) {
        if (clause == null || clause.isEmpty()) {
            return Optional.empty();
        }
        Matcher best = null;
        for (Construction c : byLanguage.getOrDefault(language, List.of())) {
            Matcher m = c.pattern().matcher(clause);
            if (m.find() && (best == null || m.start() < best.start()
                    || m.start() == best.start() && m.end() > best.end())) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(StatedPeriods::time);
    }

    /** Every construction of a language, in file order. */
    List<Construction> constructions(String language) {
        return byLanguage.getOrDefault(language, List.of());
    }

    private static StatedTime time(Matcher m) {
        return new StatedTime(group(m, "from"), group(m, "to"), group(m, "year"), m.group().strip());
    }

    private static String group(Matcher m, String name) {
        return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
    }

    private static Construction construction(JsonNode c) {
        Map<String, StatedTime> examples = new LinkedHashMap<>();
        c.get("examples").fields().forEachRemaining(e -> examples.put(e.getKey(), new StatedTime(
                e.getValue().path("validFrom").asText(null), e.getValue().path("validTo").asText(null),
                e.getValue().path("year").asText(null), null)));
        return new Construction(c.get("name").asText(), Pattern.compile(c.get("pattern").asText()), examples);
    }
}
