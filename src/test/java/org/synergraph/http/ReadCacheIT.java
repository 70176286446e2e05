package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synergraph.query.ReadCache;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/** The read cache of reports, /api/shared and /api/overlap, seen on the wire and in its counters. */
class ReadCacheIT {
    private static final String SHARED = "/api/shared?ids=initiative:recsoil,initiative:soil_doctors&min=1";
    private static final String OVERLAP = "/api/overlap?ids=initiative:recsoil,initiative:soil_doctors";
    private static final String REPORT = "/api/reports/entities_per_document";
    private final TestGraph graph = TestGraph.embedded();
    private final Api api = graph.api();
    private final HttpClient client = HttpClient.newHttpClient();

    private ReadCache.Stats stats() {
        return graph.synergraph().queries().cache().stats();
    }

    /** A check of the counters, which every request to the shared server moves. */
    private interface Check {
        void run() throws Exception;
    }

    /**
     * Passes when one of three tries does: a request of an earlier test still in flight on the shared server, or a
     * transaction the database commits on its own, can move the counters once.
     */
    private static void eventually(Check check) throws Exception {
        AssertionError last = null;
        for (int i = 0; i < 3; i++) {
            try {
                check.run();
                return;
            } catch (AssertionError e) {
                last = e;
                System.err.println("ReadCacheIT: try " + (i + 1) + " of 3 failed: " + e.getMessage());
                Thread.sleep(200);
            }
        }
        throw last;
    }

    @Test
    void a_second_ask_is_answered_from_the_cache_with_the_same_bytes_and_headers() throws Exception {
        for (String path : List.of(SHARED, OVERLAP, REPORT, REPORT + "?pageSize=2&format=json")) {
            eventually(() -> secondAskIsAHit(path));
        }
    }

    private void secondAskIsAHit(String path) throws Exception {
        HttpResponse<String> first = send(path);
        ReadCache.Stats before = stats();
        HttpResponse<String> second = send(path);
        ReadCache.Stats after = stats();

        assertEquals(200, first.statusCode(), path + " " + first.body());
        assertEquals(before.hits() + 1, after.hits(), path);
        assertEquals(before.misses(), after.misses(), path);
        assertEquals(first.body(), second.body(), path);
        for (String h : List.of("Content-Type", "ETag", "Last-Modified", "Cache-Control", "Vary")) {
            assertEquals(header(first, h), header(second, h), path + " " + h);
        }
        assertTrue(header(second, "Content-Type").startsWith("application/json"), path);
    }

    @Test
    void parameters_in_another_order_are_the_same_entry_and_other_values_another() throws Exception {
        int[] year = {2100};
        eventually(() -> {
            send("/api/shared?ids=initiative:recsoil&status=any");
            ReadCache.Stats before = stats();

            send("/api/shared?status=any&ids=initiative:recsoil");
            // a date to come is answered as of today: a valid value, and one not asked before
            assertEquals(200, send("/api/shared?ids=initiative:recsoil&status=any&asOf=" + year[0]++).statusCode());

            assertEquals(before.hits() + 1, stats().hits());
            assertEquals(before.misses() + 1, stats().misses());
        });
    }

    @Test
    void a_matching_if_none_match_is_304_without_running_or_even_looking_up_the_query() throws Exception {
        for (String path : List.of(SHARED, OVERLAP, REPORT)) {
            eventually(() -> {
                HttpResponse<String> first = send(path);
                ReadCache.Stats before = stats();

                HttpResponse<String> again = send(path, "If-None-Match", header(first, "ETag"));

                assertEquals(304, again.statusCode(), path);
                assertEquals("", again.body());
                assertEquals(before.hits(), stats().hits(), path);
                assertEquals(before.misses(), stats().misses(), path);
            });
        }
    }

    @Test
    void bad_input_is_still_a_json_400_and_is_not_kept() throws Exception {
        eventually(() -> {
            ReadCache.Stats before = stats();
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> r = send("/api/shared?ids=initiative:recsoil&min=9");
                assertEquals(400, r.statusCode());
                assertTrue(r.body().contains("bad_min"), r.body());
                assertEquals(400, send("/api/overlap?ids=initiative:recsoil").statusCode());
            }
            assertEquals(before.misses() + 4, stats().misses());
            assertEquals(before.hits(), stats().hits());
        });
    }

    @Test
    void a_posted_document_is_in_the_next_answer_and_every_cached_answer_is_asked_again() throws Exception {
        HttpResponse<String> reportBefore = send(REPORT);
        send(SHARED);
        send(SHARED);
        String id = "readcache-note";
        assertFalse(reportBefore.body().contains(id));
        String body = "{\"id\":\"" + id + "\",\"language\":\"en\",\"text\":\"1. The Global Soil Partnership met in"
                + " Ghana to plan ReadCacheIT work.\"}";
        try {
            assertEquals(201, api.postJson("/api/documents", body, TestGraph.ADMIN_TOKEN).status());
            ReadCache.Stats before = stats();

            HttpResponse<String> reportAfter = send(REPORT, "If-None-Match", header(reportBefore, "ETag"));
            HttpResponse<String> sharedAfter = send(SHARED);

            assertEquals(200, reportAfter.statusCode());
            assertNotEquals(header(reportBefore, "ETag"), header(reportAfter, "ETag"));
            assertTrue(reportAfter.body().contains("\"" + id + "\""), reportAfter.body());
            assertEquals(200, sharedAfter.statusCode());
            assertTrue(stats().misses() >= before.misses() + 2, "both answers asked the graph again: " + stats());
            assertTrue(stats().invalidations() > before.invalidations(), stats().toString());
        } finally {
            assertEquals(200, api.delete("/api/documents/" + id, TestGraph.ADMIN_TOKEN).status());
        }
        assertFalse(send(REPORT).body().contains("\"" + id + "\""), "and its removal leaves the next answer too");
    }

    @Test
    void health_carries_the_counters_and_bounds() {
        Api.Response r = api.get("/api/health");

        assertEquals(200, r.status());
        for (String field : List.of("entries", "bytes", "maxEntries", "maxBytes", "hits", "misses", "evictions",
                "invalidations")) {
            assertTrue(r.json().get("cache").has(field), field + " in " + r.body());
        }
        assertTrue(r.json().get("cache").get("maxBytes").asLong() > 0);
    }

    private HttpResponse<String> send(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }
}
