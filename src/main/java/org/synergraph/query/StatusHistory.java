package org.synergraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.neo4j.driver.Value;

/**
 * A fact's statuses as its documents reported them, oldest first: the same subject, type and object said to be
 * planned in one document and active in a later one is one history, and the current status is the latest reported.
 */
final class StatusHistory {
    private StatusHistory() {
    }

    /** One report of a status: the document's date (null when undated), the status and the document. */
    public record StatusReport(String date, String status, String documentId) {
    }

    /** The history and the status it ends with. */
    record History(List<StatusReport> reports, String current) {
    }

    /**
     * Reads the {@code siblings} column ({status, evDocs, evDates} of the fact with each status) into a history,
     * keeping only reports dated by {@code until} when it is given; undated reports come last.
     */
    static History of(Value siblings, String ownStatus, String until) {
        Set<StatusReport> reports = new LinkedHashSet<>();
        if (siblings != null && !siblings.isNull()) {
            for (Value s : siblings.values()) {
                List<String> docs = EntityQuery.strings(s.get("evDocs"));
                List<String> dates = s.get("evDates").isNull() ? List.of()
                        : s.get("evDates").asList(v -> v.isNull() ? "" : v.asString());
                String status = s.get("status").asString("active");
                for (int i = 0; i < docs.size(); i++) {
                    String date = i < dates.size() && !dates.get(i).isEmpty() ? dates.get(i) : null;
                    if (until == null || date != null && date.compareTo(until) <= 0) {
                        reports.add(new StatusReport(date, status, docs.get(i)));
                    }
                }
            }
        }
        List<StatusReport> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparing((StatusReport r) -> r.date() == null ? "\uffff" : r.date())
                .thenComparing(r -> "planned".equals(r.status()) ? 0 : 1).thenComparing(StatusReport::documentId));
        String current = ordered.stream().filter(r -> r.date() != null).reduce((a, b) -> b)
                .map(StatusReport::status).orElse(ownStatus);
        return new History(List.copyOf(ordered), current);
    }
}
