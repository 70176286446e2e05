package org.synergraph.ingest;

import java.io.PrintStream;

/** Reports ingest progress: a bar on an interactive terminal, nothing otherwise. */
public interface Progress {
    void update(int done, int total, String current);

    void done();

    static Progress none() {
        return new Progress() {
            @Override
            public void update(int done, int total, String current) {
            }

            @Override
            public void done() {
            }
        };
    }

    /** One line per document, for logs and scripts. */
    static Progress lines(PrintStream out) {
        return new Progress() {
            @Override
            public void update(int done, int total, String current) {
                out.println("ingested " + done + "/" + total + " " + current);
            }

            @Override
            public void done() {
            }
        };
    }

    /** A one-line bar redrawn in place, on the given stream, when the process has a console. */
    static Progress bar(PrintStream out) {
        if (System.console() == null) {
            return none();
        }
        return new Progress() {
            @Override
            public void update(int done, int total, String current) {
                int width = 30;
                int filled = total == 0 ? width : done * width / total;
                out.printf("\r[%s%s] %d/%d %s   ", "#".repeat(filled), " ".repeat(width - filled), done, total,
                        current.length() > 30 ? current.substring(0, 30) : current);
                out.flush();
            }

            @Override
            public void done() {
                out.println();
            }
        };
    }
}
