package org.synergraph.extract;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.synergraph.config.Resources;
import org.synergraph.corpus.Passage;

/**
 * Relations people have read and written down by hand ({@code data/curated/assertions.json}), each with the quote
 * that states it. An assertion whose quote is not in its document is rejected, never written.
 */
public final class CuratedAssertions {
    static final String FILE = "data/curated/assertions.json";
    private final List<Assertion> assertions;

    private CuratedAssertions(List<Assertion> assertions) {
        this.assertions = assertions;
    }

    /** One assertion as written in the file. */
    public record Assertion(String subject, String predicate, String object, String documentId, String para,
                            String quote, String status, Double amount, String currency, Integer year,
                            String curator, String note) {
    }

    /** Why an assertion was not used. */
    public record Rejection(Assertion assertion, String reason) {
    }

    public static CuratedAssertions none() {
        return new CuratedAssertions(List.of());
    }

    public static CuratedAssertions load(Resources resources, Gazetteer gazetteer) {
        if (!resources.exists(FILE)) {
            return none();
        }
        try {
            List<Assertion> list = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(resources.read(FILE), new TypeReference<List<Assertion>>() { });
            for (Assertion a : list) {
                for (String id : List.of(a.subject(), a.object())) {
                    if (gazetteer.byId(id).isEmpty()) {
                        throw new IllegalStateException(FILE + ": unknown entity " + id + " in " + a);
                    }
                }
                RelationType.parse(a.predicate());
            }
            return new CuratedAssertions(List.copyOf(list));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    /** One document's assertions, split into those located in its text and those rejected. */
    public record Selection(List<Relation> accepted, List<Rejection> rejected) {
    }

    /** Locates each of the document's assertions in its passages, once. */
    public Selection select(String documentId, List<Passage> passages) {
        List<Relation> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (Assertion a : assertions) {
            if (a.documentId().equals(documentId)) {
                locate(a, passages).ifPresentOrElse(accepted::add,
                        () -> rejected.add(new Rejection(a, "quote not found in document " + documentId)));
            }
        }
        return new Selection(accepted, rejected);
    }

    /** The accepted assertions of one document, as relations with evidence located in its passages. */
    public List<Relation> forDocument(String documentId, List<Passage> passages) {
        return select(documentId, passages).accepted();
    }

    /** The assertions of one document whose quote cannot be found in it. */
    public List<Rejection> rejected(String documentId, List<Passage> passages) {
        return select(documentId, passages).rejected();
    }

    public int size() {
        return assertions.size();
    }

    private static java.util.Optional<Relation> locate(Assertion a, List<Passage> passages) {
        Passage best = null;
        for (Passage p : passages) {
            if (p.text().contains(a.quote()) && (best == null || p.label().equals(a.para()))) {
                best = p;
            }
        }
        if (best == null || a.quote().isBlank()) {
            return java.util.Optional.empty();
        }
        int start = best.text().indexOf(a.quote());
        Evidence ev = new Evidence(a.documentId(), best.id(), best.label(), a.quote(), start, start + a.quote().length());
        RelationType type = RelationType.parse(a.predicate());
        RelationStatus status = RelationStatus.parse(a.status());
        return java.util.Optional.of(new Relation(a.subject(), type, a.object(), status, a.amount(), a.currency(), a.year(), Method.CURATED, 1.0, ev));
    }
}
