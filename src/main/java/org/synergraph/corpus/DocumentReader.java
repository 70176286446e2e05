package org.synergraph.corpus;

/** Turns the bytes of one file format into the plain text the segmenter reads, or refuses them with a Problem. */
public interface DocumentReader {
    /** The document's text; lines end with '\n', PDF pages with '\f'. */
    String text(byte[] bytes);
}
