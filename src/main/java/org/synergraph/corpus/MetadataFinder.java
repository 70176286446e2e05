package org.synergraph.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synergraph.config.Resources;

/**
 * Finds the metadata a document prints about itself: its language by script (with the share of that script), its
 * UN document symbol, its date and its issuing body. The patterns are data ({@code data/metadata/document-metadata.json});
 * this class only runs them over the head of the text, first match in text order.
 */
public final class MetadataFinder {
    static final String FILE = "data/metadata/document-metadata.json";
    private final int headChars;
    private final double zhMinHanShare;
    private final List<Pattern> symbols;
    private final List<DatePattern> dates;
    private final List<Pattern> bodies;
    private final List<String> monthNames;

    private MetadataFinder(JsonNode data) {
        this.headChars = data.get("headChars").asInt();
        this.zhMinHanShare = data.get("language").get("zhMinHanShare").asDouble();
        this.symbols = patterns(data.get("symbols"), 0);
        this.dates = patterns(data.get("dates"), 0).stream().map(DatePattern::of).toList();
        this.bodies = patterns(data.get("bodies"), Pattern.MULTILINE);
        this.monthNames = new ArrayList<>();
        data.get("monthNames").forEach(n -> monthNames.add(n.asText().toLowerCase(Locale.ROOT)));
    }

    /** What the text says about itself; a field the text does not print is null. */
    public record Detected(String language, double languageShare, String symbol, String date, String body) {
    }

    public static MetadataFinder load(Resources resources) {
        try {
            return new MetadataFinder(new ObjectMapper().readTree(resources.read(FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    public Detected find(String text) {
        String head = text.length() > headChars ? text.substring(0, headChars) : text;
        long letters = text.codePoints().filter(Character::isLetter).count();
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latin = text.codePoints().filter(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        double hanShare = letters == 0 ? 0 : han / (double) letters;
        boolean zh = letters > 0 && hanShare >= zhMinHanShare;
        double share = letters == 0 ? 0 : Math.round((zh ? han : latin) * 1000.0 / letters) / 1000.0;
        return new Detected(zh ? "zh" : "en", share, first(symbols, head), date(head), body(head));
    }

    private static String first(List<Pattern> patterns, String head) {
        Matcher best = null;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(head);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        return best == null ? null : best.group().strip();
    }

    private String date(String head) {
        Matcher best = null;
        DatePattern used = null;
        for (DatePattern d : dates) {
            Matcher m = d.pattern().matcher(head);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m;
                used = d;
            }
        }
        if (best == null) {
            return null;
        }
        int month = used.monthByName() ? monthNames.indexOf(best.group("monthName").toLowerCase(Locale.ROOT)) + 1
                : Integer.parseInt(best.group("month"));
        String day = used.hasDay() ? best.group("day") : null;
        return day == null ? String.format(Locale.ROOT, "%s-%02d", best.group("year"), month)
                : String.format(Locale.ROOT, "%s-%02d-%02d", best.group("year"), month, Integer.parseInt(day));
    }

    private String body(String head) {
        return first(bodies, String.join("\n", head.lines().map(String::strip).toList()));
    }

    /** A date pattern: groups year and month (a number) or monthName, and optionally day. */
    private record DatePattern(Pattern pattern, boolean monthByName, boolean hasDay) {
        static DatePattern of(Pattern p) {
            return new DatePattern(p, p.pattern().contains("(?<monthName>"), p.pattern().contains("(?<day>"));
        }
    }

    private static List<Pattern> patterns(JsonNode entries, int flags) {
        List<Pattern> out = new ArrayList<>();
        entries.forEach(e -> out.add(Pattern.compile(e.get("pattern").asText(), flags)));
        return List.copyOf(out);
    }
}
