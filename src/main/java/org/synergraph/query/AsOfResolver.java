package org.synergraph.query;

import java.time.Clock;
import java.time.LocalDate;
import org.synergraph.corpus.DocumentDate;
import org.synergraph.problem.Problem;

/**
 * Reads an {@code asOf} parameter: a malformed date, an impossible day or a date before the earliest dated document
 * is a 400 saying why; a date after today is answered as of today, and the answer says so.
 */
public final class AsOfResolver {
    private final CorpusDatesQuery dates;
    private final Clock clock;

    public AsOfResolver(CorpusDatesQuery dates, Clock clock) {
        this.dates = dates;
        this.clock = clock;
    }

    /** The date to answer as of, or null when {@code raw} is absent (every document counts). */
    public AsOf resolve(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        DocumentDate date;
        try {
            date = DocumentDate.parse(raw);
        } catch (DocumentDate.Malformed e) {
            throw Problem.badRequest("impossible".equals(e.code()) ? "impossible_as_of" : "bad_as_of",
                    "asOf: " + e.getMessage());
        }
        String earliest = dates.earliest();
        if (earliest == null || date.last().toString().compareTo(earliest) < 0) {
            throw Problem.badRequest("as_of_before_documents", "asOf " + date.text() + " is before every dated"
                    + " document" + (earliest == null ? " (no document has a date)" : " (the earliest is dated "
                    + earliest + ")") + ", so nothing was reported by then.");
        }
        LocalDate today = LocalDate.now(clock);
        if (date.first().isAfter(today)) {
            return new AsOf(date.text(), today.toString(), "asOf " + date.text() + " is in the future; answered as of"
                    + " today, " + today + ".");
        }
        LocalDate last = date.last().isAfter(today) ? today : date.last();
        return new AsOf(date.text(), last.toString(), null);
    }
}
