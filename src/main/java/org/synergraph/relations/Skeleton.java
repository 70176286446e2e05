package org.synergraph.relations;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence as constructions see it: its text with each group of mentions replaced by one character that says
 * the group's kind, white space folded (dropped between Chinese characters, one space elsewhere). Offsets map back
 * to the passage text, so that a match becomes a quote.
 */
final class Skeleton {
    private final String text;
    private final int[] startOf;
    private final int[] endOf;
    private final Group[] groupAt;

    private Skeleton(String text, int[] startOf, int[] endOf, Group[] groupAt) {
        this.text = text;
        this.startOf = startOf;
        this.endOf = endOf;
        this.groupAt = groupAt;
    }

    /** The skeleton of [from, to) of a passage's text, whose groups lie inside that span, sorted and disjoint. */
    static Skeleton of(String passage, int from, int to, List<Group> groups, boolean english) {
        StringBuilder out = new StringBuilder(to - from);
        List<int[]> spans = new ArrayList<>();
        List<Group> owners = new ArrayList<>();
        int g = 0;
        int i = from;
        while (i < to) {
            if (g < groups.size() && groups.get(g).start() == i) {
                Group group = groups.get(g++);
                if (english && group.types().get(0) == org.synergraph.extract.EntityType.COUNTRY) {
                    dropGovernmentOf(out, spans, owners);
                }
                out.append(group.symbol());
                spans.add(new int[] {group.start(), group.end()});
                owners.add(group);
                i = group.end();
                continue;
            }
            char c = passage.charAt(i);
            if (Character.isWhitespace(c)) {
                if (keepsSpace(passage, i, out, english)) {
                    out.append(' ');
                    spans.add(new int[] {i, i + 1});
                    owners.add(null);
                }
            } else {
                out.append(english ? c : fullWidth(passage, i, c));
                spans.add(new int[] {i, i + 1});
                owners.add(null);
            }
            i++;
        }
        int n = out.length();
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int k = 0; k < n; k++) {
            starts[k] = spans.get(k)[0];
            ends[k] = spans.get(k)[1];
        }
        return new Skeleton(out.toString(), starts, ends, owners.toArray(new Group[0]));
    }

    /**
     * "the Government of Niger" and "the Republic of Congo" are Niger and Congo: the words before a country's name
     * are left out of the skeleton, however many ("the Government of the Republic of Congo").
     */
    private static void dropGovernmentOf(StringBuilder out, List<int[]> spans, List<Group> owners) {
        for (java.util.regex.Matcher m = GOVERNMENT_OF.matcher(out); m.find(); m = GOVERNMENT_OF.matcher(out)) {
            int keep = m.start();
            out.setLength(keep);
            spans.subList(keep, spans.size()).clear();
            owners.subList(keep, owners.size()).clear();
        }
    }

    private static final java.util.regex.Pattern GOVERNMENT_OF = java.util.regex.Pattern.compile(
            "(?i)(?<=^|[\\s(,])(?:the )?(?:governments?|people|authorities|(?:united |federal |democratic |islamic |plurinational |people's |bolivarian )*(?:republic|kingdom|state|sultanate|principality|commonwealth|federation|emirate)) of (?:the )?$");

    /**
     * In English one space stays wherever there was white space; in Chinese only between two Latin letters or digits
     * ("REDD +" and "粮 农 组 织" lose theirs, "Open Foris" keeps it).
     */
    private static boolean keepsSpace(String passage, int i, StringBuilder out, boolean english) {
        if (out.length() == 0 || out.charAt(out.length() - 1) == ' ') {
            return false;
        }
        if (english) {
            return true;
        }
        char before = out.charAt(out.length() - 1);
        int j = i + 1;
        while (j < passage.length() && Character.isWhitespace(passage.charAt(j))) {
            j++;
        }
        return j < passage.length() && isLatin(before) && isLatin(passage.charAt(j));
    }

    /**
     * Chinese text copied from web pages often carries ASCII punctuation (",", "(", ";"); next to a Chinese
     * character it is read as its full-width form, so that clauses and brackets are cut the same way.
     */
    private static char fullWidth(String passage, int i, char c) {
        int k = ",;:()!?.".indexOf(c);
        if (k < 0) {
            return c;
        }
        boolean hanBefore = i > 0 && isHan(passage.charAt(i - 1));
        boolean hanAfter = i + 1 < passage.length() && isHan(passage.charAt(i + 1));
        if (c == '.' ? !hanBefore : !(hanBefore || hanAfter)) {
            return c;
        }
        return "，；：（）！？。".charAt(k);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    String text() {
        return text;
    }

    /** The group standing at a skeleton offset, or null for plain text. */
    Group groupAt(int offset) {
        return offset < 0 || offset >= groupAt.length ? null : groupAt[offset];
    }

    /** The passage offset where skeleton offset k starts. */
    int textStart(int k) {
        return startOf[Math.min(k, startOf.length - 1)];
    }

    /** The passage offset where the skeleton stretch ending (exclusively) at k ends. */
    int textEnd(int k) {
        return endOf[Math.max(0, k - 1)];
    }

    /** Groups in order, with their skeleton offsets. */
    List<Integer> groupOffsets() {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < groupAt.length; k++) {
            if (groupAt[k] != null) {
                out.add(k);
            }
        }
        return out;
    }
}
