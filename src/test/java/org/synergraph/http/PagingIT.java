package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synergraph.support.ApiAssertions.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/** limit/offset and totals on search, documents, an entity's relations and documents, and report rows. */
class PagingIT {
    private final Api api = TestGraph.embedded().api();

    @Test
    void the_entity_page_groups_relations_with_counts_first_and_pages_each_group() {
        JsonNode full = api.get("/api/entities/initiative:recsoil").json();
        JsonNode small = api.get("/api/entities/initiative:recsoil?limit=1").json();

        long sum = 0;
        for (JsonNode g : full.get("relationGroups")) {
            sum += g.get("total").asLong();
        }
        assertEquals(full.get("relationsTotal").asLong(), sum);
        assertTrue(sum > 1, "RECSOIL has several relations");
        assertEquals(full.get("relationGroups").size(), small.get("relations").size(), "one relation per group");
        for (JsonNode g : full.get("relationGroups")) {
            String type = g.get("type").asText();
            String direction = g.get("direction").asText();
            List<String> paged = new ArrayList<>();
            for (int offset = 0; offset < g.get("total").asInt(); offset += 2) {
                JsonNode page = api.get("/api/entities/initiative:recsoil/relations?type=" + type + "&direction="
                        + direction + "&limit=2&offset=" + offset).json();
                assertEquals(g.get("total").asLong(), page.get("total").asLong());
                page.get("relations").forEach(r -> paged.add(r.get("id").asText()));
            }
            List<String> shown = new ArrayList<>();
            full.get("relations").forEach(r -> {
                if (r.get("type").asText().equals(type) && r.get("direction").asText().equals(direction)) {
                    shown.add(r.get("id").asText());
                }
            });
            assertEquals(shown, paged, type + " " + direction + ": pages add up to the group, in the page's order");
        }
    }

    @Test
    void an_entitys_documents_and_the_document_list_page_with_totals() {
        JsonNode all = api.get("/api/documents").json();
        JsonNode first = api.get("/api/documents?limit=2").json();
        JsonNode second = api.get("/api/documents?limit=2&offset=2").json();

        assertEquals(all.get("total").asInt(), all.get("documents").size());
        assertEquals(2, first.get("documents").size());
        assertEquals(all.get("documents").get(2).get("id"), second.get("documents").get(0).get("id"));
        assertEquals(all.get("total"), second.get("total"));

        JsonNode country = api.get("/api/entities/country:CRI").json();
        JsonNode docs = api.get("/api/entities/country:CRI/documents?limit=1&offset=0").json();
        assertEquals(country.get("documentsTotal").asLong(), docs.get("total").asLong());
        assertEquals(country.get("documents").get(0).get("id"), docs.get("documents").get(0).get("id"));
    }

    @Test
    void search_pages_do_not_overlap_and_say_how_many_there_are() {
        JsonNode ten = api.get("/api/search?q=soil&limit=10").json();
        JsonNode a = api.get("/api/search?q=soil&limit=2").json();
        JsonNode b = api.get("/api/search?q=soil&limit=2&offset=2").json();

        assertTrue(ten.get("total").asInt() >= 4, ten.toString());
        assertEquals(ten.get("results").get(2).get("id"), b.get("results").get(0).get("id"));
        assertEquals(ten.get("results").get(1).get("id"), a.get("results").get(1).get("id"));
        assertEquals(ten.get("total"), b.get("total"));
    }

    @Test
    void report_rows_page_with_offset_and_page_size() {
        JsonNode all = api.get("/api/reports/entities_per_document").json();
        JsonNode page = api.get("/api/reports/entities_per_document?offset=1&pageSize=2").json();

        assertEquals(all.get("total"), page.get("total"));
        assertEquals(all.get("rows").get(1), page.get("rows").get(0));
        assertEquals(2, page.get("rows").size());
        assertTrue(page.get("truncated").asBoolean() == (all.get("total").asInt() > 3));
    }

    @Test
    void offsets_and_limits_out_of_bounds_are_400() {
        assertError(api.get("/api/documents?offset=-1"), 400, "bad_parameter");
        assertError(api.get("/api/documents?limit=101"), 400, "bad_parameter");
        assertError(api.get("/api/search?q=soil&offset=199&limit=10"), 400, "bad_offset");
        assertError(api.get("/api/entities/initiative:recsoil/relations?direction=up"), 400, "bad_direction");
        assertError(api.get("/api/entities/initiative:recsoil/relations?type=LIKES"), 400, "bad_relation_type");
        assertError(api.get("/api/entities/initiative:nothing/relations"), 404, "unknown_entity");
    }
}
