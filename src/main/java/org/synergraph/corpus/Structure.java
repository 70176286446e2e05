package org.synergraph.corpus;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The printed marks of document structure: paragraph numbers, item letters, heading numbers, block titles. */
final class Structure {
    private static final Pattern NUMBERED_PARAGRAPH = Pattern.compile("^(\\d{1,3})\\s*[.．](?!\\d)\\s*(.*)$");
    private static final Pattern LETTERED_ITEM = Pattern.compile("^[(（]?([a-z])[)）]\\s*(.*)$");
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^([IVX]{1,5}|[A-H]|[一二三四五六七八九十]{1,3})\\s*[.．、]\\s*(\\S.*)$");
    private static final Pattern FOOTNOTE_START = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$");
    private static final Pattern MARKDOWN_FOOTNOTE = Pattern.compile("^<sup>(\\d{1,3})</sup>\\s*(.*)$");
    private static final Pattern SUMMARY = Pattern.compile("^(?:内容提要|概要|提要|摘要|(?i:executive summary|summary))$");
    private static final Pattern ACTION = Pattern.compile(
            "采取的行动|决定草案|(?i:suggested action|draft decision|recommended action|action required)");
    private static final Pattern ANNEX = Pattern.compile("^(?:附件|(?i:annex))\\s*[一二三四五六七八九十IVX\\d]*$");
    private static final Pattern TABLE = Pattern.compile("^(?:表|(?i:table))\\s*(\\d{1,2})\\b.*");

    private Structure() {
    }

    /** "5. text", "5．text", "5 . text" or "5." alone: the paragraph number and the text after it. */
    static Optional<Matcher> numberedParagraph(String text) {
        return matched(NUMBERED_PARAGRAPH, text);
    }

    /** "a）text", "(a) text", "a) text": the letter and the text after it. */
    static Optional<Matcher> letteredItem(String text) {
        return matched(LETTERED_ITEM, text);
    }

    /** "I. 引言", "A. 背景", "二、背景": the heading number and title. */
    static Optional<Matcher> numberedHeading(String text) {
        return matched(NUMBERED_HEADING, text);
    }

    /** "12 粮农组织。…" at the foot of a page, or {@code <sup>12</sup> …} in Markdown. */
    static Optional<Matcher> footnoteStart(String text) {
        return matched(MARKDOWN_FOOTNOTE, text).or(() -> matched(FOOTNOTE_START, text));
    }

    static boolean isMarkdownFootnote(String text) {
        return MARKDOWN_FOOTNOTE.matcher(text).matches();
    }

    static boolean isSummaryTitle(String text) {
        return SUMMARY.matcher(squeeze(text)).matches();
    }

    static boolean isActionTitle(String text) {
        return ACTION.matcher(squeeze(text)).find();
    }

    static boolean isAnnexTitle(String text) {
        return ANNEX.matcher(squeeze(text)).matches();
    }

    /** "表 1 …" or "Table 1": the table number. */
    static OptionalInt tableNumber(String text) {
        Matcher m = TABLE.matcher(text);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** Text with the spaces of spaced-out characters closed up, for matching titles such as "内 容 提 要". */
    static String squeeze(String text) {
        return TextCleaner.joinSpacedCharacters(text.strip());
    }

    private static Optional<Matcher> matched(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }
}
