package org.synergraph.corpus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure functions that undo PDF damage in Chinese text: hard line breaks, spaced-out characters, bullet glyphs,
 * URLs and page furniture.
 *
 * <p>The rules keep the text faithful to what a reviewer sees once line breaks and line-end spaces are removed:
 * lines are trimmed and joined without a separator (a single space only between two Latin words or numbers), runs
 * of two or more single Chinese characters separated by spaces ("粮 农 组 织") are closed up, and every other inner
 * space is left as printed. A line that starts with "•" is a bullet item: the glyph is dropped and the item is
 * joined with a space unless the text before it ends a clause.
 */
public final class TextCleaner {
    private static final Pattern ANGLE_URL = Pattern.compile("[ \\t]*<(?:https?://|www\\.|mailto:)[^>\\s]*>");
    private static final Pattern URL = Pattern.compile(
            "[ \\t]*(?:https?://|www\\.|mailto:)[^\\s\\u3000-\\u9FFF\\uFF00-\\uFFEF“”‘’<>]*");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|（\\s*）|<\\s*>");
    private static final Pattern URL_ONLY = Pattern.compile("^(?:https?://|www\\.|mailto:)\\S*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:\\d{1,3}|[ivx]{1,5}|-\\s*\\d{1,3}\\s*-)$");
    private static final Pattern DOCUMENT_SYMBOL = Pattern.compile(
            "^(?:[A-Z]{2,6}(?:[-/(][A-Za-z0-9().\\-]*)*/[A-Za-z0-9().\\-]+|C \\d{4}/\\S+)$");
    private static final Pattern DOT_LEADER = Pattern.compile(".*(?:\\.{4,}|…{2,})\\s*\\d*$");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern LONE_MARK = Pattern.compile("^(?:[A-Z]|-{3,}|\\*{3,}|页次|Page)$");

    private TextCleaner() {
    }

    /** Normalises one raw line: form feeds and private-use glyphs out, full-width and no-break spaces to spaces. */
    public static String normaliseLine(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            if (cp == '\f' || Cjk.isPrivateUse(cp)) {
                return;
            }
            out.appendCodePoint(cp == '\u3000' || cp == '\u00A0' ? ' ' : cp);
        });
        return out.toString();
    }

    /** Cleans the lines of one passage into one trimmed line of text; spaced-out runs are closed up line by line. */
    public static String clean(List<String> lines) {
        return stripUrls(join(lines.stream().map(TextCleaner::joinSpacedCharacters).toList())).strip();
    }

    /** Joins hard-broken lines: trimmed, no separator except a space between Latin words or numbers. */
    public static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String s = line.strip();
            boolean bullet = s.startsWith("•");
            if (bullet) {
                s = s.substring(1).strip();
            }
            if (s.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(separator(out, s, bullet));
            }
            out.append(s);
        }
        return out.toString();
    }

    private static String separator(StringBuilder before, String next, boolean bullet) {
        int last = before.codePointBefore(before.length());
        if (bullet) {
            return Cjk.endsClause(before.toString()) ? "" : " ";
        }
        boolean asciiBefore = last < 0x250 && last != '-' && last != '/' && !Character.isWhitespace(last);
        return asciiBefore && Cjk.isLatinOrDigit(next.codePointAt(0)) ? " " : "";
    }

    /** Removes URLs (http, https, www., mailto:), e-mail addresses and the empty brackets they leave. */
    public static String stripUrls(String text) {
        String s = text;
        boolean urlLike = s.contains("http") || s.contains("www.") || s.contains("mailto:");
        if (urlLike && s.indexOf('<') >= 0) {
            s = ANGLE_URL.matcher(s).replaceAll("");
        }
        if (urlLike) {
            s = URL.matcher(s).replaceAll(m -> Matcher.quoteReplacement(unbalancedClosers(m.group())));
        }
        if (s.indexOf('@') >= 0) {
            s = EMAIL.matcher(s).replaceAll("");
        }
        // Each pattern can only match text holding its guard's characters, so skipping them changes nothing.
        if (s.indexOf('(') >= 0 || s.indexOf('（') >= 0 || s.indexOf('<') >= 0) {
            s = EMPTY_BRACKETS.matcher(s).replaceAll("");
        }
        return s;
    }

    /** The closing parentheses a URL match swallowed from the text around it ("(www.x.org)"), to be put back. */
    private static String unbalancedClosers(String url) {
        long open = url.chars().filter(c -> c == '(').count();
        long close = url.chars().filter(c -> c == ')').count();
        return ")".repeat((int) Math.max(0, close - open));
    }

    /** Closes up runs of two or more single Chinese characters separated by spaces: "粮 农 组 织 。" → "粮农组织。". */
    public static String joinSpacedCharacters(String text) {
        Matcher token = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int runStart = -1;
        int runEnd = -1;
        int runLength = 0;
        StringBuilder run = new StringBuilder();
        while (token.find()) {
            String t = token.group();
            if (t.codePointCount(0, t.length()) == 1 && Cjk.isCjk(t.codePointAt(0))) {
                if (runLength == 0) {
                    runStart = token.start();
                    run.setLength(0);
                }
                run.append(t);
                runEnd = token.end();
                runLength++;
                continue;
            }
            copied = flushRun(text, out, copied, runStart, runEnd, runLength, run);
            runLength = 0;
        }
        copied = flushRun(text, out, copied, runStart, runEnd, runLength, run);
        return SPACED_PAIR.matcher(out.append(text, copied, text.length())).replaceAll("$1$2");
    }

    /** A two-character name printed spaced out to line up in a list, with a mark after it: "巴 西2", "中 国*". */
    private static final Pattern SPACED_PAIR = Pattern.compile("(?<!\\p{IsHan})(\\p{IsHan}) (\\p{IsHan})(?!\\p{IsHan})");

    private static int flushRun(String text, StringBuilder out, int copied, int start, int end, int length,
                                CharSequence run) {
        if (length < 2) {
            return copied;
        }
        out.append(text, copied, start).append(run);
        return end;
    }

    /** A line that holds nothing but a URL. */
    public static boolean isUrlOnly(String line) {
        return URL_ONLY.matcher(line.strip()).matches();
    }

    /** Page furniture: a page number, a running document symbol, a lone letter, a table-of-contents entry. */
    public static boolean isPageFurniture(String line, String symbol) {
        String s = line.strip();
        return PAGE_NUMBER.matcher(s).matches() || DOCUMENT_SYMBOL.matcher(s).matches()
                || DOT_LEADER.matcher(s).matches() || LONE_MARK.matcher(s).matches()
                || (symbol != null && !symbol.isBlank() && s.equals(symbol.strip()));
    }
}
