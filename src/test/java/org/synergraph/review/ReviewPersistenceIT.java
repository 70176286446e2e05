package org.synergraph.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synergraph.cli.Main;
import org.synergraph.config.Config;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/**
 * A rejected fact stays out of /api/shared across the ways a graph is left and found again: a real stop and start
 * of the embedded database on the same data directory, a new version of the document, and a backup written with
 * {@code export --format backup} and restored with {@code import} into an empty data directory.
 */
class ReviewPersistenceIT {
    private static final String FACT = "initiative:soil_doctors|ACTIVE_IN|country:ISL|active";
    private static final String TEXT = "1. 全球土壤医生计划已开始在冰岛实施。\\n";

    private static boolean sharedHasIceland(Api api) {
        Api.Response r = api.get("/api/shared?ids=initiative:soil_doctors&min=1");
        assertEquals(200, r.status(), r.body());
        for (JsonNode row : r.json().get("rows")) {
            if (row.get("entity").get("id").asText().equals("country:ISL")) {
                return true;
            }
        }
        return false;
    }

    private static Api.Response ingest(Api api, String text) {
        return api.postJson("/api/documents", "{\"id\":\"rv-p\",\"title\":\"Review persistence\",\"language\":\"zh\","
                + "\"text\":\"" + text + "\"}", TestGraph.ADMIN_TOKEN);
    }

    private static String reviewState(Api api) {
        Api.Response r = api.get("/api/edges/" + Api.enc(FACT));
        assertEquals(200, r.status(), r.body());
        return r.json().get("edge").get("review").get("state").asText();
    }

    private static void cli(String... args) {
        assertEquals(0, Main.run(args), String.join(" ", args));
    }

    @Test
    void a_rejected_fact_stays_out_of_shared_after_a_restart_a_reingest_and_a_backup_restored_by_the_cli()
            throws Exception {
        Path data = TestGraph.tempDir("review-restart");
        Config config = TestGraph.config(data, Optional.empty());
        String judgements;

        // Given a graph where a reviewer rejected the fact that Soil Doctors is active in Iceland
        TestGraph first = TestGraph.over(config);
        try {
            assertEquals(201, ingest(first.api(), TEXT).status());
            assertTrue(sharedHasIceland(first.api()));
            Api.Response judged = first.api().postJson("/api/relations/" + Api.enc(FACT) + "/judgement",
                    "{\"decision\":\"reject\",\"note\":\"not in Iceland\"}", TestGraph.ADMIN_TOKEN);
            assertEquals(201, judged.status(), judged.body());
            assertFalse(sharedHasIceland(first.api()));
            judgements = first.api().get("/api/judgements").body();
        } finally {
            first.stop();
        }

        // When the embedded database is stopped and started again on the same data directory
        TestGraph second = TestGraph.over(config);
        try {
            // Then the fact is still out, and stays out when a new version of the document is read
            assertFalse(sharedHasIceland(second.api()));
            assertEquals("rejected", reviewState(second.api()));
            assertEquals(201, ingest(second.api(), TEXT + "2. 新段落。\\n").status());
            assertFalse(sharedHasIceland(second.api()));
            assertEquals("rejected", reviewState(second.api()));
        } finally {
            second.stop();
        }

        // When the graph is exported as a backup and imported into an empty data directory, from the command line
        Path backup = TestGraph.tempDir("review-backup").resolve("backup.json");
        Path restored = TestGraph.tempDir("review-restored");
        cli("export", "--format", "backup", "-o", backup.toString(), "--data", data.toString(), "--bolt-port", "0");
        cli("import", backup.toString(), "--data", restored.toString(), "--bolt-port", "0");

        // Then the restored graph keeps the judgement and the fact stays out
        TestGraph third = TestGraph.over(TestGraph.config(restored, Optional.empty()));
        try {
            assertFalse(sharedHasIceland(third.api()));
            assertEquals("rejected", reviewState(third.api()));
            JsonNode review = third.api().get("/api/edges/" + Api.enc(FACT)).json().get("edge").get("review");
            assertEquals("admin", review.get("by").asText());
            assertEquals("not in Iceland", review.get("note").asText());
            assertEquals(new com.fasterxml.jackson.databind.ObjectMapper().readTree(judgements),
                    third.api().get("/api/judgements").json());
        } finally {
            third.stop();
        }
    }
}
