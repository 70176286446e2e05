package org.synergraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Watches this process's memory during a phase: peak heap in use (sampled every 10 ms) and peak resident set
 * (VmHWM from /proc/self/status, reset at the start of the phase where the kernel allows it).
 */
final class MemoryWatch implements AutoCloseable {
    private static final Path STATUS = Path.of("/proc/self/status");
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakHeap;
    private final boolean hwmReset;

    private MemoryWatch() {
        hwmReset = resetPeakRss();
        peakHeap = memory.getHeapMemoryUsage().getUsed();
        sampler = new Thread(() -> {
            while (running) {
                peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-memory-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    static MemoryWatch start() {
        return new MemoryWatch();
    }

    long peakHeapBytes() {
        return peakHeap;
    }

    /** Peak RSS since the phase began (since process start when the kernel refused the reset). */
    long peakRssBytes() {
        return statusKb("VmHWM:") * 1024;
    }

    boolean peakRssIsForPhase() {
        return hwmReset;
    }

    static long rssBytes() {
        return statusKb("VmRSS:") * 1024;
    }

    /** VmRSS of another process, from /proc/PID/status; -1 if unreadable. */
    static long rssBytes(long pid) {
        try {
            return kb(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")), "VmRSS:") * 1024;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
    }

    private static boolean resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static long statusKb(String key) {
        try {
            return kb(Files.readAllLines(STATUS), key);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long kb(java.util.List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                .map(l -> Long.parseLong(l.substring(key.length()).replace("kB", "").strip())).orElse(-1L);
    }
}
