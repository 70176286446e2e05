package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.Exchanges;
import org.synergraph.support.SpecCheck;
import org.synergraph.support.TestGraph;

/**
 * Live answers against the spec: a request for every operation with every parameter, and the errors each can give,
 * plus every answer the other integration tests in this JVM have received so far. Any path, parameter, status,
 * content type or JSON field that the spec does not describe fails the test.
 */
@Order(Integer.MAX_VALUE) // last: see src/test/resources/junit-platform.properties
class SpecConformanceIT {
    private static final String RECSOIL = "initiative:recsoil";
    private static final List<String> GETS = List.of(
            "/api/health", "/api/search?q=soil", "/api/search?q=soil&type=Initiative&offset=1&limit=2",
            "/api/search?q=soil&limit=0", "/api/search?q=soil&type=initiative",
            "/api/entities/" + RECSOIL, "/api/entities/" + RECSOIL + "?limit=1", "/api/entities/country:CRI",
            "/api/entities/initiative:none", "/api/entities/" + RECSOIL + "/relations?type=ACTIVE_IN&direction=out&offset=1&limit=2",
            "/api/entities/" + RECSOIL + "/relations?direction=up",
            "/api/entities/country:CRI/documents?offset=0&limit=1",
            "/api/entities/" + RECSOIL + "/graph?depth=2&types=ACTIVE_IN&limit=20", "/api/entities/" + RECSOIL + "/graph?depth=9",
            "/api/edges/" + Api.enc("initiative:recsoil|ACTIVE_IN|country:CRI|active"), "/api/edges/nothing",
            "/api/paths?from=country:CRI&to=country:GHA&maxLength=3&limit=2", "/api/paths?from=country:CRI&to=country:CRI",
            "/api/paths?from=country:THA&to=convention:unccd&maxLength=2&excludeNodeTypes=Region&excludeRelationTypes=HOSTS",
            "/api/paths?from=country:CRI&to=country:GHA&excludeNodeTypes=Planet",
            "/api/shared?ids=initiative:recsoil,initiative:soil_doctors&min=2&target=Country&via=ACTIVE_IN&status=any",
            "/api/overlap?ids=initiative:recsoil,initiative:soil_doctors&target=Country&via=ACTIVE_IN&status=active",
            "/api/documents", "/api/documents?offset=1&limit=2", "/api/documents/000", "/api/documents/999",
            "/api/reports", "/api/reports/funders", "/api/reports/most_connected?limit=3&offset=1&pageSize=1",
            "/api/reports/funders?format=csv&bom=true", "/api/reports/nothing",
            "/api/export?ids=" + RECSOIL + "&depth=1", "/api/export?ids=" + RECSOIL + "&depth=0&format=graphml&bom=false",
            "/api/export?ids=" + RECSOIL + "&format=csv", "/api/export?depth=7",
            "/api/export/nodes.csv?ids=" + RECSOIL + "&depth=1&bom=true", "/api/export/edges.csv?ids=" + RECSOIL,
            "/api/review", "/api/review?state=accepted&type=ACTIVE_IN&document=000&minConfidence=0.5&maxConfidence=1"
                    + "&offset=0&limit=5", "/api/review?state=orphaned", "/api/review?state=maybe", "/api/judgements",
            "/api/entities/" + RECSOIL + "?review=any", "/api/entities/" + RECSOIL + "/graph?review=accepted",
            "/api/shared?ids=initiative:recsoil&min=1&review=any", "/api/export?ids=" + RECSOIL + "&review=some",
            "/api/reports/country_profile?id=country:CRI&review=any", "/api/reports/funders?review=accepted",
            "/api/search?q=soil&review=any", "/api/search?q=soil&review=some");
    private final Api api = TestGraph.embedded().api();

    @Test
    void every_live_answer_matches_the_spec() {
        for (String path : GETS) {
            api.get(path);
        }
        api.get("/api/reports/funders", "image/png");
        api.method("DELETE", "/api/search");
        api.postJson("/api/cypher", "{\"query\":\"MATCH (e:Entity) RETURN e.id LIMIT 2\"}", null);
        api.postJson("/api/cypher", "{\"query\":\"CREATE (n)\"}", null);
        api.postJson("/api/cypher", "{\"query\":\"MATCH ()-[r:ACTIVE_IN]->() RETURN r LIMIT 2\",\"review\":\"any\"}", null);
        api.postJson("/api/documents", "{}", null);
        api.postJson("/api/relations/" + Api.enc("initiative:recsoil|ACTIVE_IN|country:CRI|active") + "/judgement",
                "{\"decision\":\"accept\"}", null);
        api.postJson("/api/relations", "{}", null);
        api.postJson("/api/entities/" + RECSOIL + "/judgement", "{}", null);
        api.postJson("/api/judgements", "[]", null);
        api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/documents")).header("If-None-Match", "*").GET());

        SpecCheck spec = SpecCheck.load();
        List<String> problems = new ArrayList<>();
        List<Exchanges.Exchange> seen = Exchanges.all();
        for (Exchanges.Exchange e : seen) {
            problems.addAll(spec.check(e.method(), e.pathAndQuery(), e.status(), e.contentType(), e.body()));
        }
        System.out.println("SpecConformanceIT: " + seen.size() + " live answers checked against the spec");
        assertTrue(seen.size() >= GETS.size());
        assertEquals(List.of(), problems.stream().distinct().limit(40).toList());
    }

    @Test
    void the_check_catches_what_the_spec_does_not_say() {
        SpecCheck spec = SpecCheck.load();

        assertEquals(1, spec.check("GET", "/api/search?q=x&bogus=1", 200, "application/json",
                "{\"results\":[],\"total\":0,\"totalCapped\":false,\"offset\":0,\"limit\":10}").size(), "parameter");
        assertEquals(1, spec.check("GET", "/api/search?q=x", 418, "application/json", "{}").size(), "status");
        assertEquals(1, spec.check("GET", "/api/search?q=x", 200, "application/json",
                "{\"results\":[],\"total\":0,\"totalCapped\":false,\"offset\":0,\"limit\":10,\"extra\":1}").size(), "field");
        assertEquals(1, spec.check("GET", "/api/search?q=x", 200, "application/json",
                "{\"results\":[],\"total\":\"0\",\"totalCapped\":false,\"offset\":0,\"limit\":10}").size(), "type");
        assertEquals(1, spec.check("GET", "/api/nowhere/else", 200, "application/json", "{}").size(), "path");
    }
}
