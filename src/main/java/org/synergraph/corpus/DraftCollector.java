package org.synergraph.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Walks the lines of one document once and cuts them into drafts: body passages in reading order, and footnotes
 * (lines after a whitespace-only line at the foot of a page, up to the indented first line of the next page).
 */
final class DraftCollector {
    private enum Mode { FRONT, SUMMARY, ACTION, BODY, ANNEX }

    private static final int HEADING_MAX = 40;
    private static final int UNNUMBERED_HEADING_MAX = 30;
    private static final int PARAGRAPH_GAP = 3;

    private final String symbol;
    private final List<Draft> body = new ArrayList<>();
    private final List<Draft> footnotes = new ArrayList<>();
    private Mode mode = Mode.FRONT;
    private Draft current;
    private Draft footnote;
    private SourceLine previous;
    private int lastParagraph;
    private char nextLetter = 'a';
    private String actionParagraph;
    private int bullets;
    private int lastFootnote;
    private boolean inFootnotes;
    private boolean pageFoot;
    private boolean pageTurn;

    private DraftCollector(String symbol) {
        this.symbol = symbol;
    }

    /** Collects the drafts of a document whose running header is {@code symbol} (may be null). */
    static DraftCollector collect(List<SourceLine> lines, String symbol) {
        DraftCollector collector = new DraftCollector(symbol);
        lines.forEach(collector::accept);
        return collector;
    }

    List<Draft> body() {
        return List.copyOf(body);
    }

    List<Draft> footnotes() {
        return List.copyOf(footnotes);
    }

    private void accept(SourceLine line) {
        if (line.whitespace()) {
            pageFoot = true;
            pageTurn = true;
            return;
        }
        if (line.blank()) {
            return;
        }
        if (Structure.isMarkdownFootnote(line.text())) {
            startFootnote(line);
            return;
        }
        if (inFootnotes && !line.leadingSpace()) {
            footnoteLine(line);
            return;
        }
        inFootnotes = false;
        if (pageFoot && opensFootnote(line)) {
            inFootnotes = true;
            pageFoot = false;
            startFootnote(line);
            return;
        }
        pageFoot = false;
        if (!TextCleaner.isUrlOnly(line.text()) && !TextCleaner.isPageFurniture(line.text(), symbol)) {
            bodyLine(line);
            previous = line;
        }
        pageTurn = false;
    }

    private boolean opensFootnote(SourceLine line) {
        return Structure.numberedParagraph(line.text()).isEmpty() && Structure.footnoteStart(line.text())
                .filter(m -> Integer.parseInt(m.group(1)) > lastFootnote).isPresent();
    }

    private void footnoteLine(SourceLine line) {
        if (opensFootnote(line)) {
            startFootnote(line);
        } else if (footnote != null) {
            footnote.add(line.text(), false);
        }
    }

    private void startFootnote(SourceLine line) {
        Matcher m = Structure.footnoteStart(line.text()).orElseThrow();
        lastFootnote = Integer.parseInt(m.group(1));
        footnote = Draft.footnote(lastFootnote, line, m.group(2));
        footnotes.add(footnote);
    }

    private void bodyLine(SourceLine line) {
        String t = line.text();
        if (line.headingLevel() > 0) {
            heading(line, t);
            return;
        }
        if (mode == Mode.ANNEX) {
            if (Structure.tableNumber(t).isPresent()) {
                open(PassageKind.ANNEX, "annex table " + Structure.tableNumber(t).getAsInt(), line, t);
                return;
            }
        } else {
            Optional<Matcher> paragraph = Structure.numberedParagraph(t).filter(this::isNextParagraph);
            if (paragraph.isPresent()) {
                paragraph(line, paragraph.get());
                return;
            }
            if (mode == Mode.ACTION && actionItem(line, t)) {
                return;
            }
            if (isHeading(line, t)) {
                heading(line, t);
                return;
            }
        }
        if (current != null && current.kind() != PassageKind.HEADING && !startsParagraph(line)) {
            current.add(t, line.bullet());
            return;
        }
        openUnnumbered(line, t);
    }

    private boolean isNextParagraph(Matcher m) {
        int n = Integer.parseInt(m.group(1));
        return n > lastParagraph && n <= lastParagraph + PARAGRAPH_GAP;
    }

    private void paragraph(SourceLine line, Matcher m) {
        lastParagraph = Integer.parseInt(m.group(1));
        nextLetter = 'a';
        if (mode == Mode.ACTION) {
            actionParagraph = m.group(1);
        } else if (mode != Mode.BODY) {
            mode = Mode.BODY;
        }
        open(PassageKind.PARAGRAPH, m.group(1), line, m.group(2));
    }

    private boolean actionItem(SourceLine line, String t) {
        Optional<Matcher> item = Structure.letteredItem(t).filter(m -> m.group(1).charAt(0) == nextLetter);
        if (item.isPresent()) {
            String letter = String.valueOf(nextLetter++);
            String label = actionParagraph == null ? letter : actionParagraph + "(" + letter + ")";
            open(PassageKind.RECOMMENDATION, label, line, item.get().group(2));
            return true;
        }
        if (line.bullet() && (current == null || !current.runsOn())) {
            open(PassageKind.RECOMMENDATION, "bullet " + ++bullets, line, t);
            return true;
        }
        return false;
    }

    private boolean isHeading(SourceLine line, String t) {
        if (t.length() > HEADING_MAX || Cjk.endsClause(t)) {
            return false;
        }
        String s = Structure.squeeze(t);
        if (Structure.isSummaryTitle(s) || Structure.isActionTitle(s) || Structure.isAnnexTitle(s)
                || mode == Mode.FRONT || Structure.numberedHeading(t).isPresent()) {
            return true;
        }
        boolean closed = previous == null || current == null || current.kind() == PassageKind.HEADING
                || Cjk.endsSentence(previous.text());
        boolean shortLine = t.length() <= UNNUMBERED_HEADING_MAX;
        return closed && shortLine && (line.bullet() || line.trailingSpace() || line.leadingSpace());
    }

    private void heading(SourceLine line, String t) {
        String s = Structure.squeeze(t);
        if (Structure.isSummaryTitle(s)) {
            mode = Mode.SUMMARY;
        } else if (Structure.isActionTitle(s)) {
            mode = Mode.ACTION;
            nextLetter = 'a';
            actionParagraph = null;
            bullets = 0;
        } else if (Structure.isAnnexTitle(s)) {
            mode = Mode.ANNEX;
        } else if (mode != Mode.ANNEX && (line.headingLevel() > 0 || Structure.numberedHeading(t).isPresent())) {
            mode = Mode.BODY;
        }
        open(PassageKind.HEADING, null, line, t);
    }

    private boolean startsParagraph(SourceLine line) {
        if (current.runsOn() || previous == null) {
            return previous == null;
        }
        boolean ended = (previous.trailingSpace() || isUnwrapped(previous.text())) && Cjk.endsParagraph(previous.text());
        boolean indented = line.leadingSpace() && !pageTurn && Cjk.endsClause(previous.text());
        return ended || indented;
    }

    /**
     * A line longer than any printed page's line was not wrapped by a PDF converter: it is a whole paragraph, as web
     * pages and word processors give them, so its end, after a full stop, ends the paragraph.
     */
    static boolean isUnwrapped(String text) {
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            han += Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN ? 1 : 0;
        }
        return han * 2 >= text.length() ? text.length() > UNWRAPPED_HAN : text.length() > UNWRAPPED_LATIN;
    }

    /** Longest lines a page of Chinese (characters) or of Latin script (letters) prints. */
    private static final int UNWRAPPED_HAN = 60;
    private static final int UNWRAPPED_LATIN = 120;

    private void openUnnumbered(SourceLine line, String t) {
        switch (mode) {
            case SUMMARY -> open(PassageKind.SUMMARY, "summary", line, t);
            case ANNEX -> open(PassageKind.ANNEX, "annex", line, t);
            default -> open(PassageKind.PARAGRAPH, lastParagraph == 0 ? "preamble" : "after " + lastParagraph,
                    line, t);
        }
    }

    private void open(PassageKind kind, String label, SourceLine line, String text) {
        current = Draft.of(kind, label, line, text);
        body.add(current);
    }
}
