package org.synergraph.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synergraph.support.TestGraph;

/** Security headers on every kind of response, and CORS only for configured origins. */
class SecurityHeadersIT {
    private final TestGraph app = TestGraph.embedded();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.api().base() + path));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        for (String path : List.of("/", "/api/health", "/api/search?q=FAO", "/api/nothing", "/api/entities/bad%20id",
                "/openapi.json", "/js/main.js")) {
            HttpResponse<String> r = get(path, null);
            Optional<String> csp = r.headers().firstValue("Content-Security-Policy");

            assertTrue(csp.isPresent() && csp.get().contains("script-src 'self'"), path + " " + r.headers());
            assertEquals(Optional.of("nosniff"), r.headers().firstValue("X-Content-Type-Options"), path);
            assertEquals(Optional.of("no-referrer"), r.headers().firstValue("Referrer-Policy"), path);
        }
    }

    @Test
    void cors_is_granted_only_to_configured_origins() throws Exception {
        HttpResponse<String> partner = get("/api/health", TestGraph.PARTNER_ORIGIN);
        HttpResponse<String> stranger = get("/api/health", "https://evil.example");

        assertEquals(Optional.of(TestGraph.PARTNER_ORIGIN), partner.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(Optional.empty(), stranger.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(200, stranger.statusCode(), "other origins are served, just not granted CORS");
    }

    @Test
    void the_explorer_loads_its_modules_when_the_browser_sends_its_own_origin() throws Exception {
        HttpResponse<String> module = get("/js/main.js", app.api().base());

        assertEquals(200, module.statusCode());
    }

    @Test
    void a_preflight_from_a_configured_origin_is_answered() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.api().base() + "/api/cypher"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", TestGraph.PARTNER_ORIGIN)
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(204, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }
}
