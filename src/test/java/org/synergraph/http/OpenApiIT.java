package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/** GET /openapi.json and /api-docs: the description is valid OpenAPI 3 and covers every route under /api. */
class OpenApiIT {
    private static final Set<HandlerType> METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.DELETE, HandlerType.PATCH);
    private final TestGraph graph = TestGraph.embedded();
    private final Api api = graph.api();

    @Test
    void spec_is_served_and_is_valid_openapi_3() {
        // When
        Api.Response r = api.get("/openapi.json");

        // Then
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("application/json"));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body(), null, options);
        assertEquals(List.of(), parsed.getMessages());
        assertNotNull(parsed.getOpenAPI());
        assertEquals("3.0.3", parsed.getOpenAPI().getOpenapi());
    }

    @Test
    void every_route_under_api_is_in_the_spec_and_nothing_else() {
        // Given the routes registered in the running Javalin app
        Set<String> routes = new TreeSet<>();
        graph.app().unsafeConfig().pvt.internalRouter.allHttpHandlers().forEach(h -> {
            String path = h.getEndpoint().getPath();
            if (path.startsWith("/api/") && METHODS.contains(h.getEndpoint().getMethod())) {
                routes.add(h.getEndpoint().getMethod().name() + " " + path);
            }
        });

        // When
        Set<String> documented = new TreeSet<>();
        spec().getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(m -> documented.add(m.name() + " " + path)));

        // Then
        assertTrue(routes.size() >= 15, routes.toString());
        assertEquals(routes, documented);
    }

    @Test
    void every_operation_has_an_example_and_documents_its_errors() {
        for (Map.Entry<String, PathItem> p : spec().getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : p.getValue().readOperationsMap().entrySet()) {
                String where = op.getKey() + " " + p.getKey();
                var ok = op.getValue().getResponses().entrySet().stream()
                        .filter(e -> e.getKey().startsWith("2")).findFirst().orElseThrow().getValue();
                assertTrue(ok.getContent().values().stream().allMatch(m -> m.getExample() != null), where);
                assertTrue(op.getValue().getResponses().keySet().contains("400"), where);
            }
        }
    }

    @Test
    void examples_are_shaped_like_live_responses() {
        // Given the documented example of GET /api/entities/{id} and a live answer
        JsonNode spec = api.get("/openapi.json").json();
        JsonNode example = spec.at("/paths/~1api~1entities~1{id}/get/responses/200/content/application~1json/example");
        JsonNode live = api.get("/api/entities/initiative:recsoil").json();

        // Then both have the same top-level fields, and so do the entities inside
        assertEquals(fields(live), fields(example));
        assertEquals(fields(live.get("entity")), fields(example.get("entity")));
        assertEquals(fields(live.get("relations").get(0)), fields(example.get("relations").get(0)));
    }

    @Test
    void api_docs_page_is_html_that_loads_its_script_from_this_origin() {
        Api.Response page = api.get("/api-docs");
        Api.Response script = api.get("/js/api-docs.js");

        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("<script type=\"module\" src=\"/js/api-docs.js\"></script>"));
        assertFalse(page.body().toLowerCase(Locale.ROOT).matches("(?s).*<script>.*|.*https?://(?!www\\.w3)[^\"]*\\.js.*"),
                "no inline script and no CDN");
        assertEquals(200, script.status());
        assertTrue(script.body().contains("/openapi.json"));
        assertEquals(200, api.get("/css/api-docs.css").status());
    }

    @Test
    void pages_are_sent_with_a_script_src_self_policy() {
        Api.Response r = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base() + "/api-docs")));

        assertEquals(200, r.status());
        String csp = headerOf("/api-docs", "Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'"), csp);
    }

    private String headerOf(String path, String name) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base() + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue(name).orElse("");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private OpenAPI spec() {
        return new OpenAPIV3Parser().readContents(api.get("/openapi.json").body(), null, new ParseOptions())
                .getOpenAPI();
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> out = new TreeSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
