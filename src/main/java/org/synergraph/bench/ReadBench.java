package org.synergraph.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.synergraph.config.Resources;
import org.synergraph.graph.CypherLibrary;

/**
 * Warm latency of each read-side question, asked alternately through the HTTP API and as the same Cypher through
 * the driver, so both series see the same machine load. The questions the read cache keeps (reports, shared, overlap)
 * are warm hits there; for them a third series asks the API right after a write (untimed) over the driver, so every
 * ask is a miss: the query runs and the answer is serialized, as before the cache.
 */
final class ReadBench {
    private ReadBench() {
    }

    /** One case's two series and their ratio (API over driver, at the median and at p99). */
    record Result(String name, Percentiles api, Percentiles driver, long responseBytes) {
        double ratioP50() {
            return api.p50() / driver.p50();
        }

        double ratioP99() {
            return api.p99() / driver.p99();
        }
    }

    static List<Result> run(int port, Driver driver, String database, CypherLibrary library, Resources resources,
                            List<QueryCase> cases, int warmup, int runs) throws IOException {
        QueryCase.DirectCypher direct = direct(driver, database, library);
        String probe = BenchCypher.statement(resources, "cache_probe_write");
        List<Result> out = new ArrayList<>();
        try (LoopbackHttp http = new LoopbackHttp(port)) {
            for (QueryCase c : cases) {
                out.add(measure(http, direct, c, warmup, runs));
                if (cached(c.path())) {
                    measureMisses(http, c, runs, () -> write(driver, database, probe));
                }
            }
        }
        return out;
    }

    private static Result measure(LoopbackHttp http, QueryCase.DirectCypher direct, QueryCase c, int warmup, int runs)
            throws IOException {
        String request = c.path();
        long bytes = 0;
        for (int i = 0; i < warmup; i++) {
            bytes = get(http, request).length;
            c.driver().run(direct);
        }
        long[] api = new long[runs];
        long[] drv = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            get(http, request);
            long t1 = System.nanoTime();
            c.driver().run(direct);
            long t2 = System.nanoTime();
            api[i] = t1 - t0;
            drv[i] = t2 - t1;
        }
        Result r = new Result(c.name(), Percentiles.of(api), Percentiles.of(drv), bytes);
        System.out.printf("  %-32s api p50 %7.2f p99 %7.2f ms | driver p50 %7.2f p99 %7.2f ms | x%.2f (%d B)%n",
                r.name(), r.api().p50(), r.api().p99(), r.driver().p50(), r.driver().p99(), r.ratioP50(), bytes);
        return r;
    }

    /** The paths whose JSON answers the read cache keeps (see ReportController and SynergyController). */
    private static boolean cached(String path) {
        return path.startsWith("/api/reports/") || path.startsWith("/api/shared?") || path.startsWith("/api/overlap?");
    }

    private static void measureMisses(LoopbackHttp http, QueryCase c, int runs, Runnable write) throws IOException {
        long[] api = new long[runs];
        for (int i = 0; i < runs; i++) {
            write.run();
            long t0 = System.nanoTime();
            get(http, c.path());
            api[i] = System.nanoTime() - t0;
        }
        Percentiles miss = Percentiles.of(api);
        System.out.printf("  %-32s after a write (cache miss): api p50 %7.2f p99 %7.2f ms%n", c.name(), miss.p50(),
                miss.p99());
    }

    /** One committed write (cypher/bench/cache_probe_write.cypher): the graph's version changes, dropping the cache. */
    private static void write(Driver driver, String database, String probe) {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            session.executeWriteWithoutResult(t -> t.run(probe).consume());
        }
    }

    private static byte[] get(LoopbackHttp http, String request) throws IOException {
        LoopbackHttp.Response response = http.get(request);
        if (response.status() != 200) {
            throw new IllegalStateException(request + " answered " + response.status() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return response.body();
    }

    /** The driver used as the application uses it: a read session per statement, one managed transaction. */
    private static QueryCase.DirectCypher direct(Driver driver, String database, CypherLibrary library) {
        SessionConfig config = SessionConfig.builder().withDatabase(database)
                .withDefaultAccessMode(AccessMode.READ).build();
        TransactionConfig tx = TransactionConfig.builder().withTimeout(Duration.ofSeconds(30)).build();
        return new QueryCase.DirectCypher() {
            @Override
            public List<Record> read(String statement, Map<String, Object> params) {
                try (Session session = driver.session(config)) {
                    return session.executeRead(t -> t.run(statement, params).list(), tx);
                }
            }

            @Override
            public String query(String name) {
                return library.get(name);
            }
        };
    }
}
