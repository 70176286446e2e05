package org.synergraph.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written as a year, a year and month, or a full day ({@code 2024}, {@code 2024-05}, {@code 2024-05-13}),
 * with the first and last day it can mean. Documents and {@code asOf} questions are dated this way.
 *
 * @param text  the date as written, normalised (zero-padded)
 * @param first the first day the date covers
 * @param last  the last day the date covers
 */
public record DocumentDate(String text, LocalDate first, LocalDate last) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    /** Why a written date is not one. */
    public static final class Malformed extends IllegalArgumentException {
        private final String code;

        Malformed(String code, String message) {
            super(message);
            this.code = code;
        }

        /** "malformed" (not YYYY[-MM[-DD]]) or "impossible" (no such month or day). */
        public String code() {
            return code;
        }
    }

    /**
     * Reads YYYY, YYYY-MM or YYYY-MM-DD.
     *
     * @throws Malformed when the text has another form, or names a month or day that does not exist
     */
    public static DocumentDate parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new Malformed("malformed", "'" + abbreviate(s) + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) == null) {
                return new DocumentDate(m.group(1), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new DocumentDate(month.toString(), month.atDay(1), month.atEndOfMonth());
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new DocumentDate(day.toString(), day, day);
        } catch (DateTimeException e) {
            throw new Malformed("impossible", "'" + s + "' names a month or day that does not exist.");
        }
    }

    /** The date of a document's date field, or empty when it is undated or the field is not a date. */
    public static Optional<DocumentDate> lenient(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(raw));
        } catch (Malformed e) {
            return Optional.empty();
        }
    }

    /** The date covering one day. */
    public static DocumentDate of(LocalDate day) {
        return new DocumentDate(day.toString(), day, day);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
