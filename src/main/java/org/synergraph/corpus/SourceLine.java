package org.synergraph.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a converted document, with the layout hints the segmenter reads: leading space (a new page or an
 * indented paragraph), trailing space (often the end of a paragraph), a bullet, a Markdown heading level.
 *
 * @param index         line number from 0
 * @param text          the line trimmed, without bullet glyph and Markdown markup
 * @param empty         nothing at all on the line
 * @param whitespace    only spaces on the line (the converter's mark for the foot of a page)
 * @param leadingSpace  the line starts with a space
 * @param trailingSpace the line ends with a space
 * @param bullet        the line starts with a bullet glyph or a Markdown list mark
 * @param headingLevel  Markdown heading level (number of #), 0 when none
 */
record SourceLine(int index, String text, boolean empty, boolean whitespace, boolean leadingSpace,
                  boolean trailingSpace, boolean bullet, int headingLevel) {
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern MD_LIST = Pattern.compile("^[-*+]\\s+(.*)$");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\((?:[^()\\\\]|\\\\.)*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("\\*\\*(.+?)\\*\\*|(?<![\\w.])__(\\S(?:.*?\\S)?)__(?!\\w)");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\+([\\\\`*_{}\\[\\]()#+\\-.!|])");
    private static final String BULLETS = "•▪●◦■□➢✓-*";

    /** Reads one raw line; private-use code points at its start are taken as a bullet glyph. */
    static SourceLine parse(int index, String raw) {
        String firstGlyph = raw.strip();
        boolean pua = !firstGlyph.isEmpty() && Cjk.isPrivateUse(firstGlyph.codePointAt(0));
        String line = TextCleaner.normaliseLine(raw);
        String text = line.strip();
        boolean leading = !text.isEmpty() && Character.isWhitespace(line.charAt(0));
        boolean trailing = !text.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1));
        int level = 0;
        Matcher heading = MD_HEADING.matcher(text);
        if (heading.matches()) {
            level = heading.group(1).length();
            text = heading.group(2).strip();
        }
        boolean bullet = pua;
        Matcher list = MD_LIST.matcher(text);
        if (list.matches()) {
            bullet = true;
            text = list.group(1);
        } else if (!text.isEmpty() && BULLETS.indexOf(text.charAt(0)) >= 0 && text.length() > 1
                && Character.isWhitespace(text.charAt(1))) {
            bullet = true;
            text = text.substring(1);
        } else if (text.startsWith("•")) {
            bullet = true;
            text = text.substring(1);
        }
        text = inlineMarkdown(text).strip();
        return new SourceLine(index, text, raw.isEmpty(), !raw.isEmpty() && raw.isBlank(), leading, trailing,
                bullet, level);
    }

    private static String inlineMarkdown(String text) {
        String s = MD_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = MD_EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1)
                : m.group(2)));
        return MD_ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    /** True when the line carries no text for the reader. */
    boolean blank() {
        return text.isEmpty();
    }
}
