package org.synergraph.ingest;

/**
 * Told how an ingest goes, one document at a time: the command line draws a bar or prints lines from it, the
 * server and the tests say nothing.
 */
public interface Progress {

    /** Before the first document: how many documents there are and how many bytes their files hold. */
    void start(int documents, long bytes);

    /** After each document: its name, its file's bytes, and what became of it (a line, no newline). */
    void step(String name, long bytes, String outcome);

    /** After the last document. */
    void finish();

    /** A progress that is told everything and shows nothing. */
    static Progress none() {
        return new Progress() {
            @Override
            public void start(int documents, long bytes) {
            }

            @Override
            public void step(String name, long bytes, String outcome) {
            }

            @Override
            public void finish() {
            }
        };
    }
}
