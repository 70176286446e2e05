package org.synergraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from launching {@code java -jar synergraph.jar serve} to the first answered request, first on an empty
 * data directory (the bundled corpus is read in), then again on the directory that run left behind.
 */
final class ColdStartBench {
    private static final Duration LIMIT = Duration.ofMinutes(5);

    private ColdStartBench() {
    }

    /** One start: seconds to the first 200 from /api/health, and the child's resident set at that moment. */
    record Result(String name, double seconds, long rssBytes) {
    }

    static List<Result> run(Path jar, Path dataDir, Path logDir) throws IOException, InterruptedException {
        List<Result> out = new ArrayList<>();
        out.add(start("empty data directory (corpus ingest included)", jar, dataDir, logDir.resolve("serve-1.log")));
        out.add(start("existing data directory", jar, dataDir, logDir.resolve("serve-2.log")));
        return out;
    }

    private static Result start(String name, Path jar, Path dataDir, Path log) throws IOException,
            InterruptedException {
        int port = freePort();
        int boltPort = freePort();
        List<String> command = List.of(javaBinary(), "-jar", jar.toString(), "serve", "--data", dataDir.toString(),
                "--port", Integer.toString(port), "--bolt-port", Integer.toString(boltPort));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long t0 = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            while (System.nanoTime() - t0 < LIMIT.toNanos()) {
                if (!child.isAlive()) {
                    throw new IllegalStateException("serve exited with " + child.exitValue() + "; see " + log);
                }
                if (answers(http, health)) {
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    Result r = new Result(name, seconds, MemoryWatch.rssBytes(child.pid()));
                    System.out.printf("  %-48s %6.2f s  RSS %d MiB%n", name, seconds, r.rssBytes() >> 20);
                    return r;
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("serve did not answer within " + LIMIT + "; see " + log);
        } finally {
            child.destroy();
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
            }
        }
    }

    private static boolean answers(HttpClient http, HttpRequest health) throws InterruptedException {
        try {
            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
