package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/** Caching validators, revalidation, Vary, negotiation, HEAD, OPTIONS and Allow, checked on the wire. */
class HttpConventionsIT {
    private static final List<String> GETS = List.of("/api/search?q=soil", "/api/entities/initiative:recsoil",
            "/api/entities/initiative:recsoil/graph", "/api/paths?from=country:CRI&to=country:GHA",
            "/api/shared?ids=initiative:recsoil", "/api/documents", "/api/reports", "/api/reports/funders",
            "/api/export?ids=initiative:recsoil&depth=0");
    private final TestGraph graph = TestGraph.embedded();
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void every_get_under_api_carries_a_weak_etag_last_modified_and_no_cache() throws Exception {
        for (String path : GETS) {
            HttpResponse<String> r = send(path, "GET");

            assertEquals(200, r.statusCode(), path);
            assertTrue(header(r, "ETag").startsWith("W/\""), path);
            assertNotNull(header(r, "Last-Modified"), path);
            assertEquals("no-cache", header(r, "Cache-Control"), path);
            assertTrue(header(r, "Vary").contains("Accept-Encoding"), path);
        }
    }

    @Test
    void if_none_match_and_if_modified_since_answer_304_without_a_body() throws Exception {
        for (String path : GETS) {
            HttpResponse<String> first = send(path, "GET");

            HttpResponse<String> byTag = send(path, "GET", "If-None-Match", header(first, "ETag"));
            HttpResponse<String> byDate = send(path, "GET", "If-Modified-Since", header(first, "Last-Modified"));

            assertEquals(304, byTag.statusCode(), path);
            assertEquals("", byTag.body());
            assertEquals(header(first, "ETag"), header(byTag, "ETag"));
            assertEquals(304, byDate.statusCode(), path);
        }
        assertEquals(200, send("/api/documents", "GET", "If-None-Match", "W/\"someone-else\"").statusCode());
    }

    @Test
    void a_write_by_anyone_even_over_bolt_changes_the_etag() throws Exception {
        HttpResponse<String> before = send("/api/documents", "GET");
        String password = Files.readString(graph.synergraph().config().boltPasswordFile()).strip();
        try (Driver driver = GraphDatabase.driver(graph.synergraph().graph().boltUri(),
                AuthTokens.basic("neo4j", password))) {
            driver.executableQuery("CREATE (n:CacheProbe) WITH n DELETE n").execute();
        }

        HttpResponse<String> after = send("/api/documents", "GET", "If-None-Match", header(before, "ETag"));

        assertEquals(200, after.statusCode());
        assertNotEquals(header(before, "ETag"), header(after, "ETag"));
    }

    @Test
    void health_and_errors_are_never_stored() throws Exception {
        HttpResponse<String> health = send("/api/health", "GET");
        HttpResponse<String> missing = send("/api/entities/initiative:nothing", "GET");

        assertEquals("no-store", header(health, "Cache-Control"));
        assertNull(header(health, "ETag"));
        assertEquals(404, missing.statusCode());
        assertEquals("no-store", header(missing, "Cache-Control"));
        assertNull(header(missing, "ETag"));
    }

    @Test
    void negotiation_honours_q_values_and_order_and_format_still_wins() throws Exception {
        assertEquals("application/json", type(send("/api/reports/funders", "GET", "Accept", "application/json, text/csv")));
        assertEquals("text/csv", type(send("/api/reports/funders", "GET", "Accept", "text/csv, application/json")));
        assertEquals("text/csv", type(send("/api/reports/funders", "GET", "Accept",
                "application/json;q=0.5, text/csv;q=0.9")));
        assertEquals("text/csv", type(send("/api/reports/funders?format=csv", "GET", "Accept", "application/json")));
        HttpResponse<String> none = send("/api/reports/funders", "GET", "Accept", "image/png");
        assertEquals(406, none.statusCode());
        assertTrue(header(send("/api/reports/funders", "GET"), "Vary").contains("Accept"));
    }

    @Test
    void json_and_csv_of_one_report_have_different_tags() throws Exception {
        String json = header(send("/api/reports/funders", "GET", "Accept", "application/json"), "ETag");
        String csv = header(send("/api/reports/funders", "GET", "Accept", "text/csv"), "ETag");

        assertNotEquals(json, csv);
        assertEquals(200, send("/api/reports/funders", "GET", "Accept", "text/csv", "If-None-Match", json).statusCode());
    }

    @Test
    void head_mirrors_gets_headers_without_a_body() throws Exception {
        for (String path : GETS) {
            HttpResponse<String> get = send(path, "GET", "Accept-Encoding", "identity");
            HttpResponse<String> head = send(path, "HEAD", "Accept-Encoding", "identity");

            assertEquals(get.statusCode(), head.statusCode(), path);
            for (String h : List.of("Content-Type", "ETag", "Last-Modified", "Cache-Control", "Vary",
                    "Content-Disposition")) {
                assertEquals(header(get, h), header(head, h), path + " " + h);
            }
            assertEquals("", head.body());
        }
    }

    @Test
    void options_and_405_say_which_methods_a_path_takes() throws Exception {
        HttpResponse<String> search = send("/api/search", "OPTIONS");
        HttpResponse<String> documents = send("/api/documents", "OPTIONS");
        HttpResponse<String> wrong = send("/api/search", "DELETE");

        assertEquals(204, search.statusCode());
        assertEquals("GET, HEAD, OPTIONS", header(search, "Allow"));
        assertEquals("GET, HEAD, OPTIONS, POST", header(documents, "Allow"));
        assertEquals(405, wrong.statusCode());
        assertEquals("GET, HEAD, OPTIONS", header(wrong, "Allow"));
    }

    @Test
    void versioned_static_assets_are_immutable_and_the_explorers_own_files_revalidate() throws Exception {
        HttpResponse<String> webjar = send("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "GET");
        HttpResponse<String> own = send("/js/main.js", "GET");

        assertEquals(200, webjar.statusCode());
        assertEquals("public, max-age=31536000, immutable", header(webjar, "Cache-Control"));
        assertEquals("no-cache", header(own, "Cache-Control"));
        assertNotNull(header(own, "ETag"));
    }

    private HttpResponse<String> send(String path, String method, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(graph.api().base() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    private static String type(HttpResponse<?> r) {
        return header(r, "Content-Type").split(";")[0];
    }
}
