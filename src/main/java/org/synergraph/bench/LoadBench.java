package org.synergraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Throughput under concurrency on loopback, measured with wrk (Debian package {@code wrk}), bounded in time. */
final class LoadBench {
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\n\\s+99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

    private LoadBench() {
    }

    /** One wrk run. */
    record Result(String name, int connections, double requestsPerSecond, double p99Ms, long non2xx) {
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(5, TimeUnit.SECONDS);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code wrk -t THREADS -c CONNECTIONS -d SECONDS --latency URL}; the URL must be on 127.0.0.1. */
    static Result run(String name, String url, int connections, int threads, int seconds)
            throws IOException, InterruptedException {
        if (!url.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("load runs only against loopback, not " + url);
        }
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + Math.min(threads, connections),
                "-c" + connections, "-d" + seconds + "s", "--timeout", "10s", "--latency", url));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("wrk did not finish: " + command);
        }
        Matcher rate = RATE.matcher(out);
        Matcher p99 = P99.matcher(out);
        if (!rate.find() || !p99.find()) {
            throw new IllegalStateException("cannot read wrk output:\n" + out);
        }
        Matcher errors = ERRORS.matcher(out);
        Result r = new Result(name, connections, Double.parseDouble(rate.group(1)),
                toMs(Double.parseDouble(p99.group(1)), p99.group(2)), errors.find() ? Long.parseLong(errors.group(1)) : 0);
        System.out.printf("  %-20s c=%-3d %9.0f req/s  p99 %8.2f ms%s%n", name, connections, r.requestsPerSecond(),
                r.p99Ms(), r.non2xx() > 0 ? "  NON-2XX: " + r.non2xx() : "");
        return r;
    }

    private static double toMs(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
