package org.synergraph.corpus;

/** What part of a document a passage is. */
public enum PassageKind {
    /** The summary (内容提要 / Summary) block before the numbered paragraphs. */
    SUMMARY,
    /** A numbered paragraph ("5. …") or an unnumbered body paragraph. */
    PARAGRAPH,
    /** A lettered item of the suggested action / recommendations / draft decision ("a) …"). */
    RECOMMENDATION,
    /** A footnote, kept apart from the body text. */
    FOOTNOTE,
    /** A row or block of an annex or table. */
    ANNEX,
    /** A heading or title line. */
    HEADING
}
