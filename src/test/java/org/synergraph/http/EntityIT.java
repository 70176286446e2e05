package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synergraph.support.ApiAssertions.assertError;
import static org.synergraph.support.ApiAssertions.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/** GET /api/entities/{id}, /api/entities/{id}/graph and /api/edges/{id}. */
class EntityIT {
    private final Api api = TestGraph.embedded().api();

    @Test
    void entity_page_has_the_contract_shape() {
        // When
        Api.Response r = api.get("/api/entities/initiative:recsoil");

        // Then
        assertEquals(200, r.status(), r.body());
        JsonNode e = r.json().get("entity");
        assertEquals("initiative:recsoil", e.get("id").asText());
        assertEquals("Initiative", e.get("type").asText());
        assertTrue(e.get("labels").isArray() && e.get("labels").size() >= 1);
        assertTrue(e.get("nameEn").asText().contains("RECSOIL"));
        assertEquals("全球农业土壤再碳化倡议", e.get("nameZh").asText());
        assertTrue(e.get("aliases").toString().contains("\"RECSOIL\""));
        JsonNode rels = r.json().get("relations");
        assertTrue(rels.size() > 0, r.body());
        for (JsonNode rel : rels) {
            assertTrue(rel.get("type").isTextual() && rel.get("status").isTextual() && rel.get("method").isTextual(),
                    rel.toString());
            assertTrue(List.of("in", "out").contains(rel.get("direction").asText()));
            assertTrue(rel.get("confidence").isNumber());
            JsonNode other = rel.get("other");
            for (String f : List.of("id", "type", "nameEn", "nameZh")) {
                assertTrue(other.has(f), rel.toString());
            }
            assertTrue(rel.get("evidence").size() > 0, rel.toString());
            for (JsonNode ev : rel.get("evidence")) {
                assertTrue(ev.get("documentId").isTextual() && ev.get("para").isTextual(), ev.toString());
                assertFalse(ev.get("quote").asText().isBlank(), ev.toString());
            }
        }
        JsonNode docs = r.json().get("documents");
        assertTrue(docs.size() > 0);
        assertEquals("000", docs.get(0).get("id").asText());
        assertTrue(docs.get(0).get("title").isTextual());
        assertTrue(docs.get(0).get("mentions").asInt() > 0);
    }

    @Test
    void country_page_carries_iso3_and_incoming_relations() {
        Api.Response r = api.get("/api/entities/country:CRI");

        assertEquals(200, r.status(), r.body());
        assertEquals("CRI", r.json().get("entity").get("iso3").asText());
        assertEquals("Costa Rica", r.json().get("entity").get("nameEn").asText());
        assertTrue(texts(r.json().get("relations"), "direction").contains("in"), r.body());
    }

    @Test
    void evidence_quotes_are_in_the_cited_passage() {
        JsonNode rel = api.get("/api/entities/initiative:recsoil").json().get("relations").get(0);
        JsonNode ev = rel.get("evidence").get(0);

        JsonNode doc = api.get("/api/documents/" + ev.get("documentId").asText()).json();
        boolean found = false;
        for (JsonNode p : doc.get("passages")) {
            if (p.get("label").asText().equals(ev.get("para").asText())
                    && p.get("text").asText().contains(ev.get("quote").asText())) {
                found = true;
            }
        }
        assertTrue(found, "quote not in paragraph " + ev.get("para") + ": " + ev.get("quote"));
    }

    @Test
    void unknown_entity_is_404() {
        assertError(api.get("/api/entities/initiative:no_such_thing"), 404, "unknown_entity");
    }

    @Test
    void malformed_entity_id_is_400() {
        assertError(api.get("/api/entities/" + Api.enc("not an id")), 400, "bad_id");
        assertError(api.get("/api/entities/recsoil"), 400, "bad_id");
        assertError(api.get("/api/entities/" + Api.enc("x:" + "a".repeat(200))), 400, "bad_id");
    }

    @Test
    void entity_page_takes_no_parameters() {
        assertError(api.get("/api/entities/initiative:recsoil?depth=1"), 400, "unknown_parameter");
    }

    @Test
    void neighbourhood_at_depth_1_is_the_entity_and_its_direct_neighbours() {
        // When
        Api.Response r = api.get("/api/entities/initiative:recsoil/graph?depth=1");

        // Then
        assertEquals(200, r.status(), r.body());
        JsonNode g = r.json();
        List<String> ids = texts(g.get("nodes"), "id");
        assertEquals("initiative:recsoil", ids.get(0));
        assertTrue(ids.contains("country:CRI"), r.body());
        assertFalse(g.get("capped").asBoolean());
        Set<String> nodeIds = new HashSet<>(ids);
        for (JsonNode e : g.get("edges")) {
            assertTrue(nodeIds.contains(e.get("source").asText()) && nodeIds.contains(e.get("target").asText()));
            assertTrue(e.get("id").isTextual() && e.get("evidenceCount").asInt() > 0, e.toString());
        }
        for (JsonNode n : g.get("nodes")) {
            assertTrue(n.has("type") && n.has("labels") && (n.has("nameEn") || n.has("nameZh")), n.toString());
        }
    }

    @Test
    void neighbourhood_at_depth_2_reaches_further_than_depth_1() {
        int one = api.get("/api/entities/country:GHA/graph?depth=1").json().get("nodes").size();
        int two = api.get("/api/entities/country:GHA/graph?depth=2").json().get("nodes").size();

        assertTrue(two > one, one + " vs " + two);
    }

    @Test
    void neighbourhood_limit_caps_the_neighbours_and_says_so() {
        Api.Response r = api.get("/api/entities/initiative:recsoil/graph?depth=2&limit=2");

        assertEquals(200, r.status(), r.body());
        assertEquals(3, r.json().get("nodes").size(), r.body()); // the entity itself and two neighbours
        assertTrue(r.json().get("capped").asBoolean());
    }

    @Test
    void neighbourhood_types_filter_keeps_only_those_relations() {
        Api.Response active = api.get("/api/entities/initiative:recsoil/graph?types=ACTIVE_IN");

        assertEquals(200, active.status(), active.body());
        active.json().get("edges").forEach(e -> assertEquals("ACTIVE_IN", e.get("type").asText()));
        assertTrue(active.json().get("edges").size() > 0);
    }

    @Test
    void entity_without_matching_relations_has_a_graph_of_itself() {
        // Given RECSOIL hosts nothing and is a member of nothing
        Api.Response r = api.get("/api/entities/initiative:recsoil/graph?types=HOSTS,MEMBER_OF");

        // Then it is not a 404: the graph is the entity alone
        assertEquals(200, r.status(), r.body());
        assertEquals(List.of("initiative:recsoil"), texts(r.json().get("nodes"), "id"));
        assertEquals(0, r.json().get("edges").size());
        assertFalse(r.json().get("capped").asBoolean());
    }

    @Test
    void neighbourhood_refuses_bad_depth_types_and_limit() {
        assertError(api.get("/api/entities/initiative:recsoil/graph?depth=99"), 400, "bad_depth");
        assertError(api.get("/api/entities/initiative:recsoil/graph?depth=0"), 400, null);
        assertError(api.get("/api/entities/initiative:recsoil/graph?depth=two"), 400, "bad_parameter");
        assertError(api.get("/api/entities/initiative:recsoil/graph?types=LIKES"), 400, "bad_relation_type");
        assertError(api.get("/api/entities/initiative:recsoil/graph?limit=0"), 400, null);
        assertError(api.get("/api/entities/initiative:recsoil/graph?hops=2"), 400, "unknown_parameter");
    }

    @Test
    void neighbourhood_of_unknown_entity_is_404() {
        assertError(api.get("/api/entities/initiative:no_such_thing/graph"), 404, "unknown_entity");
        assertError(api.get("/api/entities/nonsense/graph"), 400, "bad_id");
    }

    @Test
    void edge_from_a_graph_opens_with_its_evidence() {
        // Given an edge id from a graph response
        JsonNode edge = api.get("/api/entities/initiative:recsoil/graph").json().get("edges").get(0);

        // When
        Api.Response r = api.get("/api/edges/" + Api.enc(edge.get("id").asText()));

        // Then
        assertEquals(200, r.status(), r.body());
        assertEquals(edge.get("id").asText(), r.json().get("edge").get("id").asText());
        assertEquals(edge.get("source").asText(), r.json().get("edge").get("source").asText());
        assertEquals(edge.get("type").asText(), r.json().get("edge").get("type").asText());
        JsonNode evidence = r.json().get("evidence");
        assertEquals(edge.get("evidenceCount").asInt(), evidence.size());
        assertFalse(evidence.get(0).get("quote").asText().isBlank());
        assertTrue(evidence.get(0).get("documentTitle").isTextual(), r.body());
    }

    @Test
    void unknown_edge_is_404() {
        assertError(api.get("/api/edges/" + Api.enc("initiative:recsoil|FUNDS|country:CRI|active")), 404,
                "unknown_edge");
        assertError(api.get("/api/edges/" + "x".repeat(401)), 400, "bad_edge_id");
        assertError(api.get("/api/edges/anything?x=1"), 400, "unknown_parameter");
    }
}
