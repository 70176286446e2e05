package org.synergraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * One place a relation is stated: document (with its date, null when undated, and its UN symbol, null when it has
 * none or the answer does not cite it), paragraph (and page, in a paginated source), the words, how, and the time
 * the words state for the fact ({@code stated}, null when they state none).
 */
public record EvidenceView(String documentId, String passageId, String para, Integer page, String quote,
                           String method, Double confidence, String documentTitle, String documentDate,
                           StatedTime stated, String documentSymbol) {

    /**
     * The time a clause states for its fact: the years it holds from and to, or the year it happened, each null
     * when not said, and the words that say it ("自2019年以来", "from 2021 to 2030").
     */
    public record StatedTime(String validFrom, String validTo, String year, String words) {
    }

    /** Evidence read without a stated time. */
    public EvidenceView(String documentId, String passageId, String para, Integer page, String quote, String method,
                        Double confidence, String documentTitle, String documentDate) {
        this(documentId, passageId, para, page, quote, method, confidence, documentTitle, documentDate, null, null);
    }

    /** Evidence whose document is not cited by symbol. */
    public EvidenceView(String documentId, String passageId, String para, Integer page, String quote, String method,
                        Double confidence, String documentTitle, String documentDate, StatedTime stated) {
        this(documentId, passageId, para, page, quote, method, confidence, documentTitle, documentDate, stated, null);
    }

    /** The same evidence citing its document by title. */
    EvidenceView titled(String title) {
        return cited(title, documentSymbol);
    }

    /** The same evidence citing its document by title and symbol. */
    EvidenceView cited(String title, String symbol) {
        return new EvidenceView(documentId, passageId, para, page, quote, method, confidence, title, documentDate,
                stated, symbol);
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
        List<String> dates = optional(r, "evDates");
        List<String> from = optional(r, "evValidFrom");
        List<String> to = optional(r, "evValidTo");
        List<String> years = optional(r, "evStatedYears");
        List<String> words = optional(r, "evTimeWords");
        List<Double> confidences = r.get("evConfidences").isNull() ? List.of()
                : r.get("evConfidences").asList(Value::asDouble);
        List<EvidenceView> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            Integer page = at(pages, i);
            out.add(new EvidenceView(docs.get(i), at(passages, i), at(paras, i), page == null || page == 0 ? null : page,
                    at(quotes, i), at(methods, i),
                    i < confidences.size() ? confidences.get(i) : null, titles.get(docs.get(i)), dated(at(dates, i)),
                    stated(dated(at(from, i)), dated(at(to, i)), dated(at(years, i)), dated(at(words, i)))));
        }
        return out;
    }

    private static StatedTime stated(String from, String to, String year, String words) {
        return words == null ? null : new StatedTime(from, to, year, words);
    }

    private static List<String> optional(Record r, String column) {
        return r.keys().contains(column) ? strings(r.get(column)) : List.of();
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
