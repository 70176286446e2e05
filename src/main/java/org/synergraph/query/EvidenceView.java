package org.synergraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * One place a relation is stated: document (with its date, null when undated), paragraph (and page, in a paginated
 * source), the words, and how.
 */
public record EvidenceView(String documentId, String passageId, String para, Integer page, String quote,
                           String method, Double confidence, String documentTitle, String documentDate) {

    /** The same evidence citing its document by title. */
    EvidenceView titled(String title) {
        return new EvidenceView(documentId, passageId, para, page, quote, method, confidence, title, documentDate);
    }

    /** Whether the evidence comes from a document dated on or before {@code until} (an ISO day); null: always. */
    boolean reportedBy(String until) {
        return until == null || documentDate != null && documentDate.compareTo(until) <= 0;
    }

    /** Zips the parallel evidence lists of a relationship (evDocs, evPassages, …) into evidence items. */
    static List<EvidenceView> zip(Record r, Map<String, String> titles) {
        List<String> docs = strings(r.get("evDocs"));
        List<String> passages = strings(r.get("evPassages"));
        List<String> paras = strings(r.get("evParas"));
        List<Integer> pages = r.get("evPages").isNull() ? List.of() : r.get("evPages").asList(Value::asInt);
        List<String> quotes = strings(r.get("evQuotes"));
        List<String> methods = strings(r.get("evMethods"));
        List<String> dates = r.keys().contains("evDates") ? strings(r.get("evDates")) : List.of();
        List<Double> confidences = r.get("evConfidences").isNull() ? List.of()
                : r.get("evConfidences").asList(Value::asDouble);
        List<EvidenceView> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            Integer page = at(pages, i);
            out.add(new EvidenceView(docs.get(i), at(passages, i), at(paras, i), page == null || page == 0 ? null : page,
                    at(quotes, i), at(methods, i),
                    i < confidences.size() ? confidences.get(i) : null, titles.get(docs.get(i)), dated(at(dates, i))));
        }
        return out;
    }

    private static String dated(String date) {
        return date == null || date.isEmpty() ? null : date;
    }

    private static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(x -> x.isNull() ? null : x.asString());
    }

    private static <T> T at(List<T> list, int i) {
        return i < list.size() ? list.get(i) : null;
    }
}
