package org.synergraph.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/**
 * A bounded load on loopback: mixed search, entity, shared-activity and report traffic from many clients while
 * documents are ingested and a slow console query runs. Zero errors, latencies printed, the server stays
 * responsive. Length and clients: -Dsynergraph.load.seconds (default 15) and -Dsynergraph.load.clients (default 16).
 */
class LoadIT {
    private static final List<String> PATHS = List.of("/api/search?q=FAO", "/api/search?q=%E5%9C%9F%E5%A3%A4",
            "/api/entities/initiative:recsoil", "/api/entities/country:CRI",
            "/api/shared?ids=initiative:recsoil,initiative:soil_doctors,initiative:fao_eu_flegt&min=2",
            "/api/entities/initiative:soil_doctors/graph?depth=2", "/api/reports/countries_by_initiatives");
    private static final String SLOW_QUERY = "{\"query\":\"MATCH (a:Passage),(b:Passage) WHERE a.text < b.text "
            + "RETURN count(*)\"}";

    @Test
    void mixed_load_with_ingest_and_a_slow_console_query_has_no_errors() throws Exception {
        int seconds = Integer.getInteger("synergraph.load.seconds", 15);
        int clients = Integer.getInteger("synergraph.load.clients", 16);
        Api api = TestGraph.embedded().api();
        long heapBefore = usedHeapAfterGc();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger ingested = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 2);
        for (int c = 0; c < clients; c++) {
            int offset = c;
            pool.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    String path = PATHS.get(i % PATHS.size());
                    long t0 = System.nanoTime();
                    Api.Response r = api.get(path);
                    latencies.add(System.nanoTime() - t0);
                    if (r.status() != 200) {
                        errors.add(r.status() + " " + path);
                    }
                }
            });
        }
        pool.submit(() -> {
            for (int i = 0; System.nanoTime() < end; i++) {
                String body = "{\"id\":\"load-" + i + "\",\"title\":\"Load " + i + "\",\"language\":\"zh\",\"text\":\"1. "
                        + "全球农业土壤再碳化倡议已开始在加纳实施。第" + i + "号。\"}";
                Api.Response r = api.postJson("/api/documents", body, TestGraph.ADMIN_TOKEN);
                if (r.status() == 201) {
                    ingested.incrementAndGet();
                } else {
                    errors.add(r.status() + " ingest");
                }
            }
        });
        pool.submit(() -> {
            while (System.nanoTime() < end) {
                int s = api.postJson("/api/cypher", SLOW_QUERY, null).status();
                if (s != 200 && s != 408) {
                    errors.add(s + " slow console query");
                }
            }
        });
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) / 2);
        long t0 = System.nanoTime();
        int healthDuringLoad = api.get("/api/health").status();
        long healthMillis = (System.nanoTime() - t0) / 1_000_000;
        pool.shutdown();
        assertTrue(pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS), "load clients must stop");
        long heapAfter = usedHeapAfterGc();

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("LoadIT: %d s, %d clients, %d requests (%.0f/s), p50 %.1f ms, p99 %.1f ms, max %.1f ms,"
                        + " %d documents ingested, health during load %d ms, heap after GC %d -> %d MiB, errors %d%n",
                seconds, clients, sorted.size(), sorted.size() / (double) seconds, pct(sorted, 50), pct(sorted, 99),
                pct(sorted, 100), ingested.get(), healthMillis, heapBefore >> 20, heapAfter >> 20, errors.size());
        assertEquals(List.of(), new ArrayList<>(errors));
        assertEquals(200, healthDuringLoad);
        assertTrue(ingested.get() > 0, "documents were ingested during the load");
        assertTrue(healthMillis < 5000, "health answered in " + healthMillis + " ms while a slow query ran");
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
