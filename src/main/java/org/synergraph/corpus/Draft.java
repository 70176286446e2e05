package org.synergraph.corpus;

import java.util.ArrayList;
import java.util.List;

/** A passage being collected: its kind, its label as printed, where it starts, and its raw lines. */
final class Draft {
    private final PassageKind kind;
    private final String label;
    private final int start;
    private final int footnote;
    private final List<String> lines = new ArrayList<>();

    private Draft(PassageKind kind, String label, int start, int footnote) {
        this.kind = kind;
        this.label = label;
        this.start = start;
        this.footnote = footnote;
    }

    /** A body passage; a null label means "take the label from the text" (headings). */
    static Draft of(PassageKind kind, String label, SourceLine first, String firstText) {
        Draft draft = new Draft(kind, label, first.index(), 0);
        draft.add(firstText, false);
        return draft;
    }

    /** Footnote number {@code n}. */
    static Draft footnote(int n, SourceLine first, String firstText) {
        Draft draft = new Draft(PassageKind.FOOTNOTE, "footnote " + n, first.index(), n);
        draft.add(firstText, false);
        return draft;
    }

    void add(String text, boolean bullet) {
        lines.add(bullet ? "• " + text : text);
    }

    PassageKind kind() {
        return kind;
    }

    String label() {
        return label;
    }

    int start() {
        return start;
    }

    int footnote() {
        return footnote;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** A numbered paragraph, a lettered item or an annex table: these run on until the next such start. */
    boolean runsOn() {
        return kind == PassageKind.ANNEX || kind == PassageKind.RECOMMENDATION && !label.startsWith("bullet")
                || kind == PassageKind.PARAGRAPH && !label.equals("preamble") && !label.startsWith("after");
    }
}
