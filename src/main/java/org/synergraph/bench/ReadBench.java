package org.synergraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.synergraph.graph.CypherLibrary;

/**
 * Warm latency of each read-side question, asked alternately through the HTTP API and as the same Cypher through
 * the driver, so both series see the same machine load.
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

    static List<Result> run(String baseUrl, Driver driver, String database, CypherLibrary library,
                            List<QueryCase> cases, int warmup, int runs) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        QueryCase.DirectCypher direct = direct(driver, database, library);
        List<Result> out = new ArrayList<>();
        for (QueryCase c : cases) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + c.path()))
                    .timeout(Duration.ofSeconds(30)).GET().build();
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
            out.add(r);
        }
        return out;
    }

    private static byte[] get(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
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
