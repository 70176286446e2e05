package org.synergraph.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReadCacheTest {
    private final AtomicLong version = new AtomicLong(1);
    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger computed = new AtomicInteger();

    private ReadCache cache(int maxEntries, long maxBytes, Optional<Duration> maxAge) {
        return new ReadCache(version::get, maxEntries, maxBytes, maxAge, clock::get);
    }

    private byte[] answer(String text) {
        computed.incrementAndGet();
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] ask(ReadCache c, String endpoint, String id) {
        return c.get(endpoint, Map.of("ids", id), () -> answer(endpoint + " " + id + " @" + version.get()));
    }

    @Test
    void a_second_ask_is_a_hit_whatever_the_order_of_the_parameters() {
        ReadCache c = cache(10, 1 << 20, Optional.empty());
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");

        byte[] first = c.get("shared", ab, () -> answer("x"));
        byte[] second = c.get("shared", ba, () -> answer("y"));

        assertArrayEquals(first, second);
        assertEquals(1, computed.get());
        assertEquals(1, c.stats().hits());
        assertEquals(1, c.stats().misses());
        assertEquals(1, c.stats().entries());
    }

    @Test
    void endpoints_and_parameter_values_are_kept_apart() {
        ReadCache c = cache(10, 1 << 20, Optional.empty());

        ask(c, "shared", "a");
        ask(c, "overlap", "a");
        ask(c, "shared", "b");

        assertEquals(3, computed.get());
        assertEquals(3, c.stats().entries());
    }

    @Test
    void an_entry_of_an_older_version_is_never_served_and_a_new_version_drops_the_old_entries() {
        ReadCache c = cache(10, 1 << 20, Optional.empty());
        ask(c, "shared", "a");
        ask(c, "shared", "b");

        version.incrementAndGet();
        byte[] after = ask(c, "shared", "a");

        assertEquals("shared a @2", new String(after, StandardCharsets.UTF_8));
        assertEquals(3, computed.get());
        assertEquals(1, c.stats().entries());
        assertEquals(2, c.stats().invalidations());
    }

    @Test
    void an_answer_computed_under_a_version_already_gone_is_not_kept() {
        ReadCache c = cache(10, 1 << 20, Optional.empty());

        c.get("shared", Map.of(), () -> {
            version.incrementAndGet(); // a write lands while the query runs
            ask(c, "overlap", "a"); // another request already saw the new version
            return answer("old");
        });

        assertEquals(1, c.stats().entries()); // only overlap's, of the new version
        ask(c, "shared", "x");
        assertEquals(3, computed.get());
    }

    @Test
    void the_entry_count_bound_pushes_out_the_least_recently_used() {
        ReadCache c = cache(2, 1 << 20, Optional.empty());
        ask(c, "r", "a");
        ask(c, "r", "b");
        ask(c, "r", "a"); // a is now the most recently used

        ask(c, "r", "c");

        assertEquals(2, c.stats().entries());
        assertEquals(1, c.stats().evictions());
        int before = computed.get();
        ask(c, "r", "a");
        assertEquals(before, computed.get());
        ask(c, "r", "b");
        assertEquals(before + 1, computed.get());
    }

    @Test
    void the_byte_bound_holds_and_an_answer_too_big_for_it_is_served_but_not_kept() {
        ReadCache c = cache(1000, 4_000, Optional.empty());
        for (int i = 0; i < 20; i++) {
            int n = i;
            c.get("r", Map.of("i", Integer.toString(n)), () -> answer("x".repeat(500)));
            assertTrue(c.stats().bytes() <= 4_000, "bytes " + c.stats().bytes());
        }
        assertTrue(c.stats().evictions() > 0);

        byte[] big = c.get("big", Map.of(), () -> answer("y".repeat(2_000)));
        assertEquals(2_000, big.length);
        int before = computed.get();
        c.get("big", Map.of(), () -> answer("y".repeat(2_000)));
        assertEquals(before + 1, computed.get());
    }

    @Test
    void what_the_query_throws_reaches_the_caller_and_nothing_is_kept() {
        ReadCache c = cache(10, 1 << 20, Optional.empty());

        assertThrows(IllegalStateException.class, () -> c.get("r", Map.of(), () -> {
            throw new IllegalStateException("bad input");
        }));

        assertEquals(0, c.stats().entries());
        assertEquals(1, c.stats().misses());
    }

    @Test
    void with_a_maximum_age_an_old_entry_is_computed_again_at_the_same_version() {
        ReadCache c = cache(10, 1 << 20, Optional.of(Duration.ofSeconds(10)));
        ask(c, "r", "a");
        clock.addAndGet(Duration.ofSeconds(9).toNanos());
        ask(c, "r", "a");
        assertEquals(1, computed.get());

        clock.addAndGet(Duration.ofSeconds(2).toNanos());
        ask(c, "r", "a");

        assertEquals(2, computed.get());
        assertEquals(1, c.stats().invalidations());
        assertEquals(1, c.stats().entries());
    }

    @Test
    void without_a_maximum_age_time_alone_changes_nothing() {
        ReadCache c = cache(10, 1 << 20, Optional.empty());
        ask(c, "r", "a");
        clock.addAndGet(Duration.ofDays(1).toNanos());
        ask(c, "r", "a");
        assertEquals(1, computed.get());
    }

    @Test
    void many_threads_asking_and_writing_at_once_keep_the_counters_and_bounds_consistent() throws Exception {
        ReadCache c = cache(16, 1 << 20, Optional.empty());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        int asks = 2_000;
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < asks; i++) {
                    if (thread == 0 && i % 200 == 0) {
                        version.incrementAndGet();
                    }
                    long v = version.get();
                    byte[] got = c.get("r", Map.of("k", Integer.toString(i % 40)),
                            () -> answer(Long.toString(version.get())));
                    long answered = Long.parseLong(new String(got, StandardCharsets.UTF_8));
                    assertTrue(answered >= v, "an answer of version " + answered + " served at " + v);
                    assertTrue(c.stats().entries() <= 16);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        ReadCache.Stats s = c.stats();
        assertEquals(8L * asks, s.hits() + s.misses());
        assertEquals(computed.get(), s.misses());
        assertTrue(s.hits() > 0, s.toString());
    }

    @Test
    void bounds_below_one_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> cache(0, 10, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> cache(10, 0, Optional.empty()));
    }
}
