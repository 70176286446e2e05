package org.synergraph.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Cuts a converted document into the passages a reader recognises, in document order, each with clean text.
 *
 * <p>Labels, as a reader would cite them:
 * <ul>
 *   <li>numbered paragraph: its number, "5";</li>
 *   <li>lettered item of a suggested-action block or draft decision: its letter, "a", or, when it sits inside a
 *       numbered paragraph of a draft decision, the paragraph and the letter, "1(a)"; a bullet of such a block is
 *       "bullet 2";</li>
 *   <li>summary: "summary" for each of its paragraphs;</li>
 *   <li>unnumbered body paragraph: "preamble" before the first numbered paragraph (the preambular paragraphs of a
 *       decision), otherwise "after 37", naming the numbered paragraph it follows;</li>
 *   <li>heading: its number ("I", "A", "一") or, when it has none, its text;</li>
 *   <li>annex: "annex" for text before the first table, "annex table 1" for a table with its caption;</li>
 *   <li>footnote: "footnote 12", with the label of the passage that cites it as parent when the marker was found.</li>
 * </ul>
 * A numbered paragraph or lettered item runs on across blank lines, page breaks and footnote blocks until the next
 * numbered paragraph, lettered item or heading. Footnotes whose text is only a URL (or "ibid." and a URL) have no
 * clean text left and are dropped.
 */
public final class Segmenter {
    private static final int MIN_FOOTNOTE_LETTERS = 3;
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private Segmenter() {
    }

    public static Segmenter create() {
        return new Segmenter();
    }

    /** The passages of a document, ordinals from 0 in document order. */
    public List<Passage> segment(SourceDocument document) {
        String[] raw = LINE_BREAK.split(document.rawText(), -1);
        List<SourceLine> lines = IntStream.range(0, raw.length).mapToObj(i -> SourceLine.parse(i, raw[i])).toList();
        DraftCollector drafts = DraftCollector.collect(lines, document.meta().symbol());
        Set<Integer> numbers = drafts.footnotes().stream().map(Draft::footnote).collect(Collectors.toSet());
        FootnoteMarkers markers = FootnoteMarkers.forFootnotes(numbers);
        Map<Integer, String> citedBy = new HashMap<>();
        List<Placed> placed = new ArrayList<>();
        for (Draft draft : drafts.body()) {
            FootnoteMarkers.Stripped stripped = markers.strip(TextCleaner.clean(draft.lines()));
            if (stripped.text().isEmpty()) {
                continue;
            }
            String label = draft.label() != null ? draft.label() : headingLabel(stripped.text());
            stripped.cited().forEach(n -> citedBy.putIfAbsent(n, label));
            placed.add(new Placed(draft.start(), draft.kind(), label, stripped.text(), null));
        }
        for (Draft footnote : drafts.footnotes()) {
            String text = TextCleaner.clean(footnote.lines());
            if (text.codePoints().filter(Character::isLetter).count() >= MIN_FOOTNOTE_LETTERS) {
                placed.add(new Placed(footnote.start(), PassageKind.FOOTNOTE, footnote.label(), text,
                        citedBy.get(footnote.footnote())));
            }
        }
        placed.sort(Comparator.comparingInt(Placed::start));
        String id = document.meta().id();
        int[] pages = pagesOfLines(document.rawText(), raw.length);
        return IntStream.range(0, placed.size())
                .mapToObj(i -> placed.get(i).toPassage(id, i, pages == null ? null : pages[placed.get(i).start()]))
                .toList();
    }

    /**
     * The page each line is on, from 1, counting the form feeds that end pages in PDF text (a form feed also ends a
     * line, as the split into lines takes it); null when the text has none, so a source without pages gives
     * passages without them.
     */
    static int[] pagesOfLines(String text, int lines) {
        int[] pages = new int[lines];
        Matcher breaks = LINE_BREAK.matcher(text);
        int line = 0;
        int page = 1;
        pages[0] = page;
        while (breaks.find() && line + 1 < lines) {
            page += breaks.group().equals("\f") ? 1 : 0;
            pages[++line] = page;
        }
        return page > 1 ? pages : null;
    }

    private static String headingLabel(String text) {
        return Structure.numberedHeading(text).map(m -> m.group(1)).orElse(text);
    }

    private record Placed(int start, PassageKind kind, String label, String text, String parentLabel) {
        Passage toPassage(String documentId, int ordinal, Integer page) {
            return new Passage(documentId, ordinal, label, kind, text, parentLabel, page);
        }
    }
}
