package org.synergraph.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.GraphSnapshot;
import org.synergraph.support.TestGraph;

/**
 * Every endpoint and parameter fed generated bad input: malformed and wrong-typed values, huge numbers, empty and
 * 1 MB strings, invalid UTF-8, unknown and repeated parameters, 10,000 ids, depth 99. No answer may be a 5xx, every
 * 4xx must be the JSON error shape, and the graph must be unchanged.
 */
class HostileInputIT {
    private static final Map<String, List<String>> ENDPOINTS = Map.ofEntries(
            Map.entry("/api/search", List.of("q", "type", "limit")),
            Map.entry("/api/entities/{id}", List.of()),
            Map.entry("/api/entities/{id}/graph", List.of("depth", "types", "limit")),
            Map.entry("/api/edges/{id}", List.of()),
            Map.entry("/api/paths", List.of("from", "to", "maxLength", "limit", "excludeNodeTypes",
                    "excludeRelationTypes")),
            Map.entry("/api/shared", List.of("ids", "min", "target", "via", "status")),
            Map.entry("/api/overlap", List.of("ids", "target", "via", "status")),
            Map.entry("/api/documents/{id}", List.of()),
            Map.entry("/api/reports/{id}", List.of("id", "status", "min", "limit", "format", "maxConfidence", "type")),
            Map.entry("/api/export", List.of("format", "ids", "depth")));
    private final TestGraph app = TestGraph.embedded();

    @Test
    void generated_bad_query_parameters_never_cause_a_server_error() {
        HostileInputs gen = new HostileInputs(20261121L);
        List<String> values = HostileInputs.values();
        GraphSnapshot before = GraphSnapshot.of(app.synergraph().graph());
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, List<String>> e : ENDPOINTS.entrySet()) {
            for (int i = 0; i < 40; i++) {
                String path = e.getKey().replace("{id}", gen.nextInt(4) == 0 ? "countries_by_initiatives"
                        : gen.pick(values));
                StringBuilder q = new StringBuilder();
                for (String param : e.getValue()) {
                    if (gen.nextInt(3) > 0) {
                        q.append(q.length() == 0 ? "?" : "&").append(param).append('=').append(gen.pick(values));
                    }
                }
                if (gen.nextInt(5) == 0) {
                    q.append(q.length() == 0 ? "?" : "&").append("bogus=1");
                }
                if (gen.nextInt(5) == 0 && !e.getValue().isEmpty()) {
                    String p = e.getValue().get(0);
                    q.append(q.length() == 0 ? "?" : "&").append(p).append("=a&").append(p).append("=b");
                }
                check(app.api().get(path + q), path + q, failures);
                sent++;
            }
        }
        System.out.println("HostileInputIT: " + sent + " generated GET requests");
        assertEquals(List.of(), failures);
        assertEquals(before, GraphSnapshot.of(app.synergraph().graph()), "reads must not change the graph");
    }

    @Test
    void generated_bad_bodies_never_cause_a_server_error() {
        HostileInputs gen = new HostileInputs(7L);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String body = gen.body();
            String path = i % 2 == 0 ? "/api/cypher" : "/api/documents";
            Api.Response r = app.api().postJson(path, body, TestGraph.ADMIN_TOKEN);
            check(r, "POST " + path + " " + body.substring(0, Math.min(60, body.length())), failures);
        }
        byte[] badUtf8 = {'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        Api.Response r = app.api().send(HttpRequest.newBuilder(URI.create(app.api().base() + "/api/cypher"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(badUtf8)));
        assertEquals(400, r.status(), r.body());
        assertEquals(List.of(), failures);
    }

    @Test
    void a_body_over_the_size_limit_is_refused_with_413() {
        String huge = "{\"title\":\"t\",\"text\":\"" + "文".repeat(3_000_000) + "\"}";

        Api.Response r = app.api().postJson("/api/documents", huge, TestGraph.ADMIN_TOKEN);

        assertEquals(413, r.status(), r.body().substring(0, Math.min(200, r.body().length())));
        assertNotNull(r.json(), "413 must still be a JSON error");
    }

    private static void check(Api.Response r, String what, List<String> failures) {
        if (r.status() >= 500) {
            failures.add(r.status() + " " + cut(what) + " -> " + cut(r.body()));
        } else if (r.status() >= 400 && (r.json() == null || !r.json().has("error") || !r.json().has("message")
                || r.body().contains("\tat ") || r.body().contains("Exception"))) {
            failures.add("not a JSON error: " + r.status() + " " + cut(what) + " -> " + cut(r.body()));
        } else if (r.status() >= 400 && JAVA_NAME.matcher(r.json().get("message").asText()).find()) {
            failures.add("names Java: " + r.status() + " " + cut(what) + " -> " + cut(r.body()));
        }
    }

    /** A Java class name as Jackson, Jetty or the JDK print them: {@code org.x.Y}, {@code java.lang.Long}, {@code A$B}. */
    static final java.util.regex.Pattern JAVA_NAME = java.util.regex.Pattern.compile(
            "\\b(?:org|java|javax|jakarta|com|io|kotlin)\\.[a-z][\\w.]*\\.[A-Z]\\w*|\\w\\$[A-Z]\\w*");

    private static String cut(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
