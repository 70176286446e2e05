package org.synergraph.corpus;

/** .txt and .md: the text itself, decoded as UTF-8 or GB18030. */
public final class PlainText implements DocumentReader {
    @Override
    public String text(byte[] bytes) {
        return TextDecoding.decode(bytes);
    }
}
