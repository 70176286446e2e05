package org.synergraph.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Every request the integration tests send through {@link Api} and its answer, kept (up to a cap) so that
 * {@code SpecConformanceIT} can hold the live answers of the whole suite against the spec.
 */
public final class Exchanges {
    private static final int CAP = 20_000;
    private static final List<Exchange> SEEN = new ArrayList<>();

    private Exchanges() {
    }

    /** One request and its answer. */
    public record Exchange(String method, String pathAndQuery, int status, String contentType, String body) {
    }

    static synchronized void record(String method, URI uri, int status, String contentType, String body) {
        if (SEEN.size() < CAP && uri.getRawPath().startsWith("/api/")) {
            String q = uri.getRawQuery();
            SEEN.add(new Exchange(method, uri.getRawPath() + (q == null ? "" : "?" + q), status, contentType,
                    body.length() > 2_000_000 ? "" : body));
        }
    }

    public static synchronized List<Exchange> all() {
        return List.copyOf(SEEN);
    }
}
