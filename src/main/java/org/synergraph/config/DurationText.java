package org.synergraph.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses short durations as people write them: {@code 500ms}, {@code 10s}, {@code 2m}. */
public final class DurationText {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m)");

    private DurationText() {
    }

    public static Duration parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (write e.g. 500ms, 10s, 2m)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            default -> Duration.ofMinutes(n);
        };
    }
}
