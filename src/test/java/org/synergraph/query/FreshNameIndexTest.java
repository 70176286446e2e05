package org.synergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FreshNameIndexTest {
    private final AtomicLong version = new AtomicLong(1);
    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger builds = new AtomicInteger();

    private NameIndex build() {
        builds.incrementAndGet();
        return NameIndex.of(List.of());
    }

    @Test
    void the_index_is_built_once_per_graph_version() {
        FreshNameIndex fresh = new FreshNameIndex(version::get, this::build, Optional.empty(), clock::get);

        NameIndex first = fresh.get();
        assertSame(first, fresh.get());
        clock.addAndGet(Duration.ofHours(1).toNanos());
        assertSame(first, fresh.get()); // no age limit: only a new version rebuilds
        version.incrementAndGet();
        NameIndex second = fresh.get();
        assertSame(second, fresh.get());
        assertEquals(2, builds.get());
    }

    @Test
    void with_a_maximum_age_an_old_index_is_rebuilt_even_at_the_same_version() {
        FreshNameIndex fresh = new FreshNameIndex(version::get, this::build, Optional.of(Duration.ofSeconds(10)),
                clock::get);

        fresh.get();
        clock.addAndGet(Duration.ofSeconds(5).toNanos());
        fresh.get();
        clock.addAndGet(Duration.ofSeconds(6).toNanos());
        fresh.get();
        assertEquals(2, builds.get());
    }

    @Test
    void requests_that_arrive_during_the_first_build_wait_for_it_and_it_runs_once() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FreshNameIndex fresh = new FreshNameIndex(version::get, () -> {
            started.countDown();
            await(release);
            return build();
        }, Optional.empty(), clock::get);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<NameIndex> first = pool.submit(fresh::get);
            started.await(5, TimeUnit.SECONDS);
            List<Future<NameIndex>> others = List.of(pool.submit(fresh::get), pool.submit(fresh::get),
                    pool.submit(fresh::get));
            release.countDown();
            NameIndex built = first.get(5, TimeUnit.SECONDS);
            for (Future<NameIndex> f : others) {
                assertSame(built, f.get(5, TimeUnit.SECONDS));
            }
            assertEquals(1, builds.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
