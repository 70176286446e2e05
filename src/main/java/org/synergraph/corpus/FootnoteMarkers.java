package org.synergraph.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds footnote reference markers in clean body text, removes them and reports which footnotes were cited.
 *
 * <p>PDF conversion leaves markers as bare numbers: " 2。" (a space, then digits glued to the next character),
 * "》14。" or "”8内容" (glued after a closing bracket or quote), "项目22。" (glued after a character and before
 * punctuation) or {@code <sup>1</sup>} in Markdown. Bare numbers are also ordinary numbers, so a candidate counts
 * only when it names a footnote the document has and is the next one in sequence (or at most three further on, to
 * step over markers the converter lost). One instance serves one document, in reading order.
 */
final class FootnoteMarkers {
    private static final String HAN = "\\p{IsHan}";
    private static final String PUNCT = "。，、；：！？）》〉”’」』】（《〈“‘「『【";
    private static final String CLOSING = "）》〉”’」』】";
    private static final String COUNTERS = "年月日时个万亿千百名次届条号段项页份家种倍岁天周期批位人国吨多余至到和或及点分秒米克元";
    private static final Pattern CANDIDATE = Pattern.compile(
            "<sup>(?<sup>\\d{1,3})</sup>"
                    + "|(?<=[" + HAN + PUNCT + "]) (?<spaced>\\d{1,2}(?:,\\d{1,2})*)(?=[" + HAN + PUNCT + "]|$)"
                    + "|(?<=[" + CLOSING + "])(?<afterClosing>\\d{1,2})(?=[" + HAN + PUNCT + "]|$)"
                    + "|(?<=" + HAN + ")(?<afterHan>\\d{1,2})(?=[。，；]|$|[" + HAN + "&&[^" + COUNTERS + "]])");
    private static final int LOOK_AHEAD = 3;

    private final Set<Integer> footnotes;
    private int next;

    private FootnoteMarkers(Set<Integer> footnotes) {
        this.footnotes = Set.copyOf(footnotes);
        this.next = footnotes.stream().mapToInt(Integer::intValue).min().orElse(1);
    }

    /** Markers for a document whose footnotes carry these numbers. */
    static FootnoteMarkers forFootnotes(Set<Integer> footnotes) {
        return new FootnoteMarkers(footnotes);
    }

    /** Text without its footnote markers, and the footnote numbers it cited. */
    record Stripped(String text, List<Integer> cited) {
    }

    /** Removes the markers from one passage's clean text; advances the expected footnote number. */
    Stripped strip(String text) {
        List<Candidate> candidates = candidates(text).stream().map(Candidate::of)
                .filter(c -> footnotes.containsAll(c.numbers())).toList();
        StringBuilder out = new StringBuilder();
        List<Integer> cited = new ArrayList<>();
        int copied = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (!accepts(c.first(), candidates.subList(i + 1, candidates.size()))) {
                continue;
            }
            out.append(text, copied, c.start());
            copied = c.end();
            cited.addAll(c.numbers());
            next = c.numbers().get(c.numbers().size() - 1) + 1;
        }
        out.append(text, copied, text.length());
        return new Stripped(out.toString().strip(), List.copyOf(cited));
    }

    /**
     * The same matches as {@code CANDIDATE.matcher(text).results()}, but the pattern is only tried where a match can
     * start ('<', ' ' or a digit): trying its look-behinds at every character made this the slowest step of
     * segmentation.
     */
    private static List<MatchResult> candidates(String text) {
        Matcher m = CANDIDATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<MatchResult> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '<' || c == ' ' || (c >= '0' && c <= '9')) && m.region(i, text.length()).lookingAt()) {
                out.add(m.toMatchResult());
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The expected number, or one a little further on when the expected one does not follow in this text. */
    private boolean accepts(int first, List<Candidate> later) {
        if (first == next) {
            return true;
        }
        return first > next && first <= next + LOOK_AHEAD && later.stream().noneMatch(c -> c.first() == next);
    }

    private record Candidate(int start, int end, List<Integer> numbers) {
        static Candidate of(MatchResult m) {
            return new Candidate(m.start(), m.end(), markerNumbers(m));
        }

        int first() {
            return numbers.get(0);
        }
    }

    private static List<Integer> markerNumbers(MatchResult m) {
        for (int group = 1; group <= m.groupCount(); group++) {
            String value = m.group(group);
            if (value != null) {
                return Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
            }
        }
        throw new IllegalStateException("marker pattern matched without a number: " + m.group());
    }
}
