package org.synergraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.synergraph.Synergraph;
import org.synergraph.support.TestGraph;

/**
 * Not a check: times the paths statement on the bundled graph for the busiest pairs and prints its plan's operators.
 * Opt-in, like the screenshot refresher, since it asserts nothing: run alone with
 * {@code -Dit.test=PathTimingIT -Dsynergraph.pathTiming=true}; {@code -Dsynergraph.pathsCypher=FILE} times another
 * statement (e.g. an older paths.cypher) with the same parameters.
 */
@EnabledIfSystemProperty(named = "synergraph.pathTiming", matches = "true")
class PathTimingIT {
    private static final int RUNS = 30;

    @Test
    void time_the_busiest_pairs() throws java.io.IOException {
        Synergraph app = TestGraph.embedded().synergraph();
        String file = System.getProperty("synergraph.pathsCypher");
        if (file != null) {
            time(app, "OTHER", Files.readString(Path.of(file)), 5);
        }
        time(app, "PATHS", app.library().get("paths"), RUNS);
    }

    private static void time(Synergraph app, String tag, String cypher, int runs) {
        List<String> busiest = app.graph().read(BenchCypher.statement(app.resources(), "busiest_initiatives"),
                Map.of("limit", 5), r -> r.get("id").asString());
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < busiest.size(); i++) {
            for (int j = i + 1; j < busiest.size(); j++) {
                pairs.add(new String[] {busiest.get(i), busiest.get(j)});
            }
        }
        pairs.add(new String[] {"country:CRI", "country:GHA"});
        pairs.add(new String[] {"country:THA", "convention:unccd"});
        pairs.add(new String[] {"initiative:recsoil", "initiative:redd_plus"});
        try (org.neo4j.driver.Session s = app.graph().driver().session(
                org.neo4j.driver.SessionConfig.forDatabase(app.graph().database()))) {
            print(s.run("EXPLAIN " + cypher, params(pairs.get(0), 4)).consume().plan(), tag + " PLAN ");
        }
        for (int maxLength : new int[] {4, 6}) {
            List<Double> all = new ArrayList<>();
            for (String[] pair : pairs) {
                Map<String, Object> p = params(pair, maxLength);
                int rows = app.graph().read(cypher, p, r -> r).size();
                List<Double> ms = new ArrayList<>();
                for (int k = 0; k < runs; k++) {
                    long t = System.nanoTime();
                    app.graph().read(cypher, p, r -> r);
                    ms.add((System.nanoTime() - t) / 1e6);
                }
                ms.sort(null);
                all.addAll(ms);
                System.out.printf(tag + " maxLength=%d %s -> %s: %d rows, p50 %.2f ms, max %.2f ms%n", maxLength,
                        pair[0], pair[1], rows, ms.get(ms.size() / 2), ms.get(ms.size() - 1));
            }
            all.sort(null);
            System.out.printf(tag + " maxLength=%d all pairs: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", maxLength,
                    all.get(all.size() / 2), all.get((int) (all.size() * 0.99)), all.get(all.size() - 1));
        }
    }

    private static void print(org.neo4j.driver.summary.Plan plan, String indent) {
        System.out.println(indent + plan.operatorType() + " " + plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.value("")));
        plan.children().forEach(c -> print(c, indent + "  "));
    }

    private static Map<String, Object> params(String[] pair, int maxLength) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", pair[0]);
        p.put("to", pair[1]);
        p.put("maxLength", maxLength);
        p.put("candidates", 2000);
        p.put("review", "unrejected");
        p.put("asOf", null);
        p.put("excludeNodeTypes", List.of());
        p.put("excludeRelationTypes", List.of());
        return p;
    }
}
