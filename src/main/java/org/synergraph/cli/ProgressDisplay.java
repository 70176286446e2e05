package org.synergraph.cli;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.synergraph.ingest.Progress;

/**
 * How the command line shows an ingest: on a terminal a progress bar (me.tongfei:progressbar) counting MB (kB
 * for a small folder) with
 * the documents done and the time left; otherwise, for logs and scripts, one plain line per document.
 */
final class ProgressDisplay {
    private static final long MB = 1L << 20;

    private ProgressDisplay() {
    }

    /** A bar when the process has a terminal and lines are not asked for, lines otherwise. */
    static Progress on(PrintStream out, boolean lines) {
        return !lines && System.console() != null ? bar(out) : lines(out);
    }

    /** One line per document: "[3/10, 1.2 of 4.5 MB] report.pdf: written as …". */
    static Progress lines(PrintStream out) {
        return new Progress() {
            private int total;
            private long bytes;
            private int done;
            private long sent;

            @Override
            public void start(int documents, long allBytes) {
                total = documents;
                bytes = allBytes;
                out.println("Reading " + documents + " documents (" + mb(allBytes) + " MB)");
            }

            @Override
            public void step(String name, long fileBytes, String outcome) {
                done++;
                sent += fileBytes;
                out.println("[" + done + "/" + total + ", " + mb(sent) + " of " + mb(bytes) + " MB] " + name + ": "
                        + outcome);
            }

            @Override
            public void finish() {
                out.flush();
            }
        };
    }

    /** A bar redrawn in place: MB read of MB in all, speed, elapsed and remaining time, documents done. */
    static Progress bar(PrintStream out) {
        return new Progress() {
            private ProgressBar bar;
            private int total;
            private int done;

            @Override
            public void start(int documents, long bytes) {
                total = documents;
                // The bar counts whole units: kB below 10 MB, so that a small folder does not read "0/0 MB".
                boolean small = bytes < 10 * MB;
                bar = new ProgressBarBuilder().setTaskName("Ingest").setInitialMax(Math.max(bytes, 1))
                        .setUnit(small ? " kB" : " MB", small ? 1024 : MB).setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(250).setConsumer(new ConsoleProgressBarConsumer(out))
                        .showSpeed(new DecimalFormat("0.0")).build();
                bar.setExtraMessage(" 0/" + documents + " documents");
            }

            @Override
            public void step(String name, long bytes, String outcome) {
                done++;
                bar.stepBy(bytes);
                bar.setExtraMessage(" " + done + "/" + total + " documents");
            }

            @Override
            public void finish() {
                if (bar != null) {
                    bar.close();
                }
            }
        };
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (double) MB);
    }
}
