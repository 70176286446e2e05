package org.synergraph.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synergraph.config.Tokens;
import org.synergraph.ingest.Backup;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/**
 * Judgements against a real embedded Neo4j over real HTTP, on a graph of its own (reviews change what other tests
 * read): a decision is kept with its reviewer's name and replayed after re-ingest and restore.
 */
class ReviewIT {
    private static final String ADMIN = TestGraph.ADMIN_TOKEN;
    private static final String REVIEWER = "rita-secret-1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestGraph graph;
    private static Api api;

    @BeforeAll
    static void start() {
        graph = TestGraph.over(TestGraph.config(TestGraph.tempDir("review"), Optional.empty())
                .withTokens(Tokens.parse("rita:" + REVIEWER + ":reviewer", Optional.of(ADMIN))));
        api = graph.api();
    }

    @AfterAll
    static void stop() {
        graph.stop();
    }

    private static Api.Response ingest(String id, String text) {
        return api.postJson("/api/documents", "{\"id\":\"" + id + "\",\"title\":\"Review test " + id
                + "\",\"language\":\"zh\",\"text\":\"" + text + "\"}", ADMIN);
    }

    private static Api.Response judge(String relationId, String decision, String token) {
        return api.postJson("/api/relations/" + Api.enc(relationId) + "/judgement",
                "{\"decision\":\"" + decision + "\",\"note\":\"checked by hand\"}", token);
    }

    private static List<String> sharedCountries(String ids, String review) {
        Api.Response r = api.get("/api/shared?ids=" + ids + "&min=1" + (review == null ? "" : "&review=" + review));
        assertEquals(200, r.status(), r.body());
        List<String> out = new ArrayList<>();
        r.json().get("rows").forEach(row -> out.add(row.get("entity").get("id").asText()));
        return out;
    }

    private static JsonNode relationOnEntityPage(String entity, String relationId, String review) {
        Api.Response r = api.get("/api/entities/" + Api.enc(entity) + "?limit=100"
                + (review == null ? "" : "&review=" + review));
        assertEquals(200, r.status(), r.body());
        for (JsonNode rel : r.json().get("relations")) {
            if (rel.get("id").asText().equals(relationId)) {
                return rel;
            }
        }
        return null;
    }

    @Test
    void a_rejected_fact_leaves_shared_and_the_entity_page_and_stays_out_after_reingest_and_restore() throws Exception {
        // Given a document that says RECSOIL is active in Ghana, and a backup taken before anyone judged it
        assertEquals(201, ingest("rv-1", "1. 全球农业土壤再碳化倡议已开始在加纳实施。\\n").status());
        String fact = "initiative:recsoil|ACTIVE_IN|country:GHA|active";
        assertTrue(sharedCountries("initiative:recsoil", null).contains("country:GHA"));
        Backup.Dump before = graph.synergraph().backup().dump();

        // When a reviewer rejects it
        Api.Response judged = judge(fact, "reject", REVIEWER);

        // Then it is recorded by name, and leaves the answers unless asked for
        assertEquals(201, judged.status(), judged.body());
        assertEquals("rita", judged.json().get("judgements").get(0).get("curator").asText());
        assertFalse(judged.body().contains(REVIEWER));
        assertFalse(sharedCountries("initiative:recsoil", null).contains("country:GHA"));
        assertTrue(sharedCountries("initiative:recsoil", "any").contains("country:GHA"));
        assertFalse(api.get("/api/paths?from=initiative:recsoil&to=country:GHA").body().contains("\"" + fact + "\""));
        assertTrue(api.get("/api/paths?from=initiative:recsoil&to=country:GHA&review=any").body()
                .contains("\"" + fact + "\""));
        assertEquals(null, relationOnEntityPage("initiative:recsoil", fact, null));
        JsonNode shown = relationOnEntityPage("initiative:recsoil", fact, "any");
        assertEquals("rejected", shown.get("review").get("state").asText());
        assertEquals("rita", shown.get("review").get("by").asText());
        assertEquals("checked by hand", shown.get("review").get("note").asText());

        // When the document is read again in a new version that still says it
        assertEquals(201, ingest("rv-1", "1. 全球农业土壤再碳化倡议已开始在加纳实施。\\n2. 新的段落。\\n").status());
        // Then it is still out
        assertFalse(sharedCountries("initiative:recsoil", null).contains("country:GHA"));
        assertEquals("rejected", relationOnEntityPage("initiative:recsoil", fact, "any").get("review").get("state")
                .asText());

        // When the backup taken before the judgement is restored
        graph.synergraph().backup().restore(JSON.readValue(JSON.writeValueAsString(before), Backup.Dump.class), true);
        // Then the judgement is kept and replayed
        assertFalse(sharedCountries("initiative:recsoil", null).contains("country:GHA"));
        assertEquals("rejected", api.get("/api/edges/" + Api.enc(fact)).json().get("edge").get("review").get("state")
                .asText());
    }

    private static JsonNode reportRow(String report, String query, String column, String value) {
        Api.Response r = api.get("/api/reports/" + report + "?" + query);
        assertEquals(200, r.status(), r.body());
        int col = -1;
        for (int i = 0; i < r.json().get("columns").size(); i++) {
            col = r.json().get("columns").get(i).asText().equals(column) ? i : col;
        }
        for (JsonNode row : r.json().get("rows")) {
            if (row.get(col).asText().equals(value)) {
                return row;
            }
        }
        return null;
    }

    private static Api.Response console(String query, String review) {
        return api.postJson("/api/cypher", "{\"query\":\"" + query + "\"" + (review == null ? ""
                : ",\"review\":\"" + review + "\"") + "}", null);
    }

    @Test
    void reports_and_the_console_leave_a_rejected_fact_out_unless_asked_for() {
        // Given a fact that Soil Doctors is active in Iceland, in the Iceland profile report and the console
        assertEquals(201, ingest("rv-10", "1. 全球土壤医生计划已开始在冰岛实施。\\n").status());
        String fact = "initiative:soil_doctors|ACTIVE_IN|country:ISL|active";
        String match = "MATCH (:Entity {id: 'initiative:soil_doctors'})-[r:ACTIVE_IN]->(:Entity {id: 'country:ISL'})";
        assertEquals("unreviewed", reportRow("country_profile", "id=country:ISL", "relation", "ACTIVE_IN")
                .get(6).get("state").asText());
        assertEquals(1, console(match + " RETURN r", null).json().get("rows").size());

        // When a reviewer rejects it
        assertEquals(201, judge(fact, "reject", REVIEWER).status());

        // Then the reports leave it out, unless asked for, and say who rejected it
        assertEquals(null, reportRow("country_profile", "id=country:ISL", "relation", "ACTIVE_IN"));
        JsonNode any = reportRow("country_profile", "id=country:ISL&review=any", "relation", "ACTIVE_IN");
        assertEquals("rejected", any.get(6).get("state").asText(), any.toString());
        assertEquals("rita", any.get(6).get("by").asText());
        assertEquals(null, reportRow("countries_by_initiatives", "min=1", "iso3", "ISL"));
        assertEquals(1, reportRow("countries_by_initiatives", "min=1&review=any", "iso3", "ISL").get(3).asInt());
        assertEquals(400, api.get("/api/reports/country_profile?id=country:ISL&review=some").status());

        // and the console leaves out rows that return it (saying how many), gives $review to the query, and
        // shows it with review=any, carrying its review
        Api.Response hidden = console(match + " RETURN r", null);
        assertEquals(200, hidden.status(), hidden.body());
        assertEquals(0, hidden.json().get("rows").size(), hidden.body());
        assertEquals(1, hidden.json().get("hiddenRows").asInt(), hidden.body());
        assertEquals("unrejected", hidden.json().get("review").asText());
        String path = "MATCH p = (:Entity {id: 'initiative:soil_doctors'})-[:ACTIVE_IN]->(:Entity {id: 'country:ISL'})";
        assertEquals(0, console(path + " RETURN p, 1 AS one", null).json().get("rows").size());
        assertEquals(1, console(path + " RETURN [p] AS ps", "any").json().get("rows").size());
        Api.Response shown = console(match + " RETURN r", "any");
        assertEquals("rejected", shown.json().get("rows").get(0).get(0).get("review").get("state").asText(),
                shown.body());
        Api.Response counted = console(match + " WHERE $review = 'any' OR coalesce(r.reviewState, '') <> 'rejected'"
                + " RETURN count(r) AS n", null);
        assertEquals(0, counted.json().get("rows").get(0).get(0).asInt(), counted.body());
        Api.Response reserved = api.postJson("/api/cypher", "{\"query\":\"RETURN $review\",\"params\":{\"review\":"
                + "\"any\"}}", null);
        assertEquals(400, reserved.status(), reserved.body());
        assertEquals(400, console("RETURN 1", "some").status());
    }

    @Test
    void two_reviewers_judging_one_fact_at_once_both_succeed_and_the_later_decision_wins() throws Exception {
        // Given a fact nobody has judged
        assertEquals(201, ingest("rv-11", "1. 全球土壤医生计划已开始在赞比亚实施。\\n").status());
        String fact = "initiative:soil_doctors|ACTIVE_IN|country:ZMB|active";

        // When two reviewers judge it at the same moment, one rejecting and one accepting
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Api.Response>> both = new ArrayList<>();
        for (String[] who : new String[][] {{"reject", REVIEWER}, {"accept", ADMIN}}) {
            both.add(pool.submit(() -> {
                go.await();
                return judge(fact, who[0], who[1]);
            }));
        }
        go.countDown();
        List<Api.Response> answers = new ArrayList<>();
        for (java.util.concurrent.Future<Api.Response> f : both) {
            answers.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();

        // Then both succeed, both stay in the history in the order they were made, and the later one holds
        for (Api.Response a : answers) {
            assertEquals(201, a.status(), a.body());
        }
        List<JsonNode> history = new ArrayList<>();
        for (JsonNode j : api.get("/api/judgements").json()) {
            if ("country:ZMB".equals(j.path("object").asText())) {
                history.add(j);
            }
        }
        assertEquals(2, history.size(), history.toString());
        assertTrue(history.get(0).get("at").asText().compareTo(history.get(1).get("at").asText()) < 0, history.toString());
        JsonNode later = history.get(1);
        JsonNode review = api.get("/api/edges/" + Api.enc(fact)).json().get("edge").get("review");
        assertEquals("reject".equals(later.get("decision").asText()) ? "rejected" : "accepted",
                review.get("state").asText());
        assertEquals(later.get("curator").asText(), review.get("by").asText());
    }

    @Test
    void the_later_of_two_decisions_wins_and_both_stay_in_the_file() {
        assertEquals(201, ingest("rv-2", "1. 全球土壤医生计划已开始在秘鲁实施。\\n").status());
        String fact = "initiative:soil_doctors|ACTIVE_IN|country:PER|active";

        assertEquals(201, judge(fact, "reject", REVIEWER).status());
        assertEquals(201, judge(fact, "accept", ADMIN).status());

        JsonNode rel = api.get("/api/edges/" + Api.enc(fact)).json().get("edge");
        assertEquals("accepted", rel.get("review").get("state").asText());
        assertEquals("admin", rel.get("review").get("by").asText());
        assertTrue(sharedCountries("initiative:soil_doctors", "accepted").contains("country:PER"));
        long onFile = 0;
        for (JsonNode j : api.get("/api/judgements").json()) {
            onFile += fact.equals(j.path("subject").asText() + "|" + j.path("predicate").asText() + "|"
                    + j.path("object").asText() + "|" + j.path("status").asText("active")) ? 1 : 0;
        }
        assertEquals(2, onFile);
        Api.Response queue = api.get("/api/review?state=accepted&document=rv-2");
        assertEquals(1, queue.json().get("total").asInt(), queue.body());
        assertTrue(queue.json().get("items").get(0).get("evidence").get(0).get("passageText").asText().contains("秘鲁"));
    }

    @Test
    void a_merge_survives_reingest_and_restore_and_the_old_id_redirects() throws Exception {
        // Given a document naming two programmes, and a backup from before the merge
        assertEquals(201, ingest("rv-3", "1. 全球土壤医生计划已开始在智利实施。\\n2. 全球农业土壤再碳化倡议已开始在智利实施。\\n")
                .status());
        Backup.Dump before = graph.synergraph().backup().dump();

        // When a reviewer merges RECSOIL into Soil Doctors (a test of the mechanism, not a claim about the world)
        Api.Response merged = api.postJson("/api/entities/initiative:recsoil/judgement",
                "{\"decision\":\"merge\",\"into\":\"initiative:soil_doctors\"}", REVIEWER);

        // Then the facts of the one are the other's, its names are aliases, and its id redirects
        assertEquals(201, merged.status(), merged.body());
        assertMerged();
        assertEvidenceListsParallel("initiative:soil_doctors|ACTIVE_IN|country:CHL|active");
        Api.Response old = api.get("/api/entities/initiative:recsoil/graph");
        assertEquals(308, old.status(), old.body());

        // and it stays merged after a new version of the document and after restoring the older backup
        assertEquals(201, ingest("rv-3", "1. 全球土壤医生计划已开始在智利实施。\\n2. 全球农业土壤再碳化倡议已开始在智利实施。\\n3. 新段落。\\n")
                .status());
        assertMerged();
        graph.synergraph().backup().restore(JSON.readValue(JSON.writeValueAsString(before), Backup.Dump.class), true);
        assertMerged();

        // and merging back would close a loop
        Api.Response loop = api.postJson("/api/entities/initiative:soil_doctors/judgement",
                "{\"decision\":\"merge\",\"into\":\"initiative:recsoil\"}", REVIEWER);
        assertEquals(400, loop.status(), loop.body());
        assertEquals("merge_loop", loop.json().get("error").asText());
    }

    private static void assertMerged() {
        Api.Response page = api.get("/api/entities/initiative:soil_doctors?limit=100&review=any");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.json().get("entity").get("aliases").toString().contains("全球农业土壤再碳化倡议"), page.body());
        assertEquals(308, api.get("/api/entities/initiative:recsoil").status());
        assertTrue(api.get("/api/search?q=" + Api.enc("土壤再碳化")).body().contains("initiative:soil_doctors"));
        assertFalse(api.get("/api/export?format=json&review=any").body().contains("\"initiative:recsoil\""));
    }

    @Test
    void a_judgement_whose_fact_is_no_longer_extracted_shows_as_orphaned() {
        assertEquals(201, ingest("rv-4", "1. 全球土壤医生计划已开始在加蓬实施。\\n").status());
        String fact = "initiative:soil_doctors|ACTIVE_IN|country:GAB|active";
        assertEquals(201, judge(fact, "accept", REVIEWER).status());

        assertEquals(201, ingest("rv-4", "1. 另一段话。\\n").status());

        Api.Response orphaned = api.get("/api/review?state=orphaned");
        assertEquals(200, orphaned.status(), orphaned.body());
        assertTrue(orphaned.body().contains(fact), orphaned.body());
        assertTrue(api.get("/api/judgements").body().contains("country:GAB"));
    }

    @Test
    void a_correction_needs_a_quote_from_its_document_and_adds_the_right_fact() {
        assertEquals(201, ingest("rv-5", "1. 全球土壤医生计划已开始在加纳实施，并与乌干达开展合作。\\n").status());
        String body = "{\"subject\":\"initiative:soil_doctors\",\"type\":\"ACTIVE_IN\",\"object\":\"country:UGA\","
                + "\"documentId\":\"rv-5\",\"quote\":\"%s\",\"note\":\"also Uganda\"}";

        Api.Response refused = api.postJson("/api/relations", body.formatted("not in the text"), REVIEWER);
        Api.Response added = api.postJson("/api/relations", body.formatted("并与乌干达开展合作"), REVIEWER);

        assertEquals(400, refused.status(), refused.body());
        assertEquals("quote_not_found", refused.json().get("error").asText());
        assertEquals(201, added.status(), added.body());
        JsonNode edge = api.get("/api/edges/" + Api.enc("initiative:soil_doctors|ACTIVE_IN|country:UGA|active"))
                .json().get("edge");
        assertEquals("accepted", edge.get("review").get("state").asText());
        assertEquals("curated", edge.get("method").asText());
        // a new version of the document keeps the hand-added fact
        assertEquals(201, ingest("rv-5", "1. 全球土壤医生计划已开始在加纳实施，并与乌干达开展合作。\\n2. 新段落。\\n").status());
        assertEquals(200, api.get("/api/edges/" + Api.enc("initiative:soil_doctors|ACTIVE_IN|country:UGA|active"))
                .status());
    }

    @Test
    void removing_a_document_keeps_its_judgements_as_orphans_and_they_apply_again_when_it_comes_back() {
        // Given a document with a fact a reviewer accepted and a fact a reviewer added from its words
        String text = "1. 全球土壤医生计划已开始在巴拉圭实施，并与乌拉圭开展合作。\\n";
        assertEquals(201, ingest("rv-9", text).status());
        String accepted = "initiative:soil_doctors|ACTIVE_IN|country:PRY|active";
        String added = "initiative:soil_doctors|ACTIVE_IN|country:URY|active";
        assertEquals(201, judge(accepted, "accept", REVIEWER).status());
        Api.Response add = api.postJson("/api/relations", "{\"subject\":\"initiative:soil_doctors\",\"type\":\"ACTIVE_IN\","
                + "\"object\":\"country:URY\",\"documentId\":\"rv-9\",\"quote\":\"并与乌拉圭开展合作\"}", REVIEWER);
        assertEquals(201, add.status(), add.body());

        // When a reviewer tries to remove the document, and then an admin does
        Api.Response byReviewer = api.delete("/api/documents/rv-9", REVIEWER);
        Api.Response byAdmin = api.delete("/api/documents/rv-9", ADMIN);

        // Then only the admin may, the facts go, and both judgements stay, shown as orphaned
        assertEquals(403, byReviewer.status(), byReviewer.body());
        assertEquals("admin_only", byReviewer.json().get("error").asText());
        assertEquals(200, byAdmin.status(), byAdmin.body());
        assertEquals(404, api.get("/api/edges/" + Api.enc(accepted)).status());
        assertEquals(404, api.get("/api/edges/" + Api.enc(added)).status());
        Api.Response orphaned = api.get("/api/review?state=orphaned&limit=100");
        assertTrue(orphaned.body().contains(accepted) && orphaned.body().contains(added), orphaned.body());

        // and when the document comes back, both apply again, with evidence lists that stay parallel
        assertEquals(201, ingest("rv-9", text).status());
        for (String id : List.of(accepted, added)) {
            JsonNode edge = api.get("/api/edges/" + Api.enc(id)).json().get("edge");
            assertEquals("accepted", edge.get("review").get("state").asText(), edge.toString());
            assertEvidenceListsParallel(id);
        }
        assertEquals("curated", api.get("/api/edges/" + Api.enc(added)).json().get("edge").get("method").asText());
    }

    /** Every evidence list of the relation (evDocs, evPages, …) has one entry per piece of evidence. */
    private static void assertEvidenceListsParallel(String relationId) {
        List<List<Integer>> sizes = graph.synergraph().graph().read("MATCH ()-[r {key: $id}]->() RETURN [size(r.evDocs),"
                + " size(r.evPassages), size(r.evParas), size(r.evPages), size(r.evQuotes), size(r.evStarts),"
                + " size(r.evEnds), size(r.evMethods), size(r.evConfidences)] AS sizes",
                java.util.Map.of("id", relationId), r -> r.get("sizes").asList(v -> v.asInt()));
        assertEquals(1, sizes.size(), relationId);
        assertEquals(1, sizes.get(0).stream().distinct().count(), relationId + " " + sizes.get(0));
    }

    @Test
    void the_judgements_file_round_trips_through_import() throws Exception {
        assertEquals(201, ingest("rv-6", "1. 全球土壤医生计划已开始在马里实施。\\n").status());
        assertEquals(201, judge("initiative:soil_doctors|ACTIVE_IN|country:MLI|active", "reject", REVIEWER).status());
        String file = api.get("/api/judgements").body();

        Api.Response reviewerImport = api.post("/api/judgements", "application/json", file.getBytes(), REVIEWER);
        Api.Response imported = api.post("/api/judgements", "application/json", file.getBytes(), ADMIN);

        assertEquals(403, reviewerImport.status(), reviewerImport.body());
        assertEquals(201, imported.status(), imported.body());
        assertEquals(JSON.readTree(file), api.get("/api/judgements").json());
    }

    @Test
    void a_rejected_discovered_entity_takes_its_facts_out_and_they_stay_out_after_reingest() {
        // Given a document naming a body no list has, whose facts the queue puts first
        String text = "1. 全球土壤医生计划与肯尼亚旱地研究所合作，在肯尼亚实施。\\n";
        assertEquals(201, ingest("rv-7", text).status());
        JsonNode first = api.get("/api/review?document=rv-7").json().get("items").get(0);
        JsonNode discovered = "discovered".equals(first.get("subject").get("origin").asText()) ? first.get("subject")
                : first.get("object");
        assertEquals("discovered", discovered.get("origin").asText(), first.toString());
        String id = discovered.get("id").asText();
        String name = discovered.hasNonNull("nameZh") ? discovered.get("nameZh").asText() : discovered.get("nameEn").asText();
        assertTrue(api.get("/api/search?q=" + Api.enc(name)).body().contains("\"" + id + "\""));

        // When a reviewer rejects the entity, and the document is read again in a new version
        Api.Response rejected = api.postJson("/api/entities/" + Api.enc(id) + "/judgement",
                "{\"decision\":\"reject\",\"note\":\"not a body\"}", REVIEWER);
        assertEquals(201, rejected.status(), rejected.body());
        assertEquals(201, ingest("rv-7", text + "2. 新段落。\\n").status());

        // Then every fact that names it is rejected, and only the others remain unreviewed
        Api.Response out = api.get("/api/review?state=rejected&document=rv-7");
        assertEquals(2, out.json().get("total").asInt(), out.body());
        assertTrue(out.body().contains("not a body"), out.body());
        Api.Response left = api.get("/api/review?document=rv-7");
        assertEquals(1, left.json().get("total").asInt(), left.body());
        assertFalse(left.body().contains(id), left.body());
        // and the entity leaves search (and the suggestions the pickers take from it) unless asked for
        assertFalse(api.get("/api/search?q=" + Api.enc(name)).body().contains("\"" + id + "\""));
        assertTrue(api.get("/api/search?review=any&q=" + Api.enc(name)).body().contains("\"" + id + "\""));
    }

    @Test
    void reviewers_may_judge_but_not_ingest_and_bad_input_is_a_json_4xx() {
        Api.Response ingestByReviewer = api.postJson("/api/documents",
                "{\"id\":\"rv-x\",\"title\":\"x\",\"language\":\"zh\",\"text\":\"1. 文本。\"}", REVIEWER);
        assertEquals(403, ingestByReviewer.status(), ingestByReviewer.body());
        assertEquals("admin_only", ingestByReviewer.json().get("error").asText());
        String[][] cases = {
            {"/api/relations/" + Api.enc("no|such|fact|active") + "/judgement", "{\"decision\":\"reject\"}", "404"},
            {"/api/relations/" + Api.enc("no|such|fact|active") + "/judgement", "{\"decision\":\"maybe\"}", "400"},
            {"/api/relations/x/judgement", "[1,2]", "400"},
            {"/api/relations/x/judgement", "{\"decision\":\"reject\",\"extra\":1}", "400"},
            {"/api/relations", "{}", "400"},
            {"/api/relations", "{\"subject\":\"initiative:soil_doctors\",\"type\":\"LOVES\",\"object\":\"country:MLI\"}", "400"},
            {"/api/relations", "{\"subject\":\"initiative:nope\",\"type\":\"ACTIVE_IN\",\"object\":\"country:MLI\"}", "404"},
            {"/api/entities/initiative:nope/judgement", "{\"decision\":\"rename\",\"nameEn\":\"X\"}", "404"},
            {"/api/entities/initiative:soil_doctors/judgement", "{\"decision\":\"merge\",\"into\":\"initiative:nope\"}", "404"},
            {"/api/entities/initiative:soil_doctors/judgement", "{\"decision\":\"merge\",\"into\":\"initiative:soil_doctors\"}", "400"},
            {"/api/entities/initiative:soil_doctors/judgement", "{\"decision\":\"reject\"}", "400"},
            {"/api/entities/initiative:soil_doctors/judgement", "{\"decision\":\"retype\",\"entityType\":\"Planet\"}", "400"},
            {"/api/entities/initiative:soil_doctors/judgement", "{\"decision\":\"rename\"}", "400"},
        };
        for (String[] c : cases) {
            Api.Response r = api.postJson(c[0], c[1], REVIEWER);
            assertEquals(Integer.parseInt(c[2]), r.status(), c[0] + " " + c[1] + " → " + r.body());
            assertTrue(r.json() != null && r.json().has("error"), r.body());
        }
        assertEquals(401, api.postJson("/api/relations", "{}", "wrong-token").status());
        assertEquals(400, api.get("/api/review?state=maybe").status());
        assertEquals(400, api.get("/api/review?minConfidence=lots").status());
        assertEquals(400, api.get("/api/entities/initiative:soil_doctors?review=some").status());
    }
}
