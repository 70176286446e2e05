package org.synergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds coordinated lists of mentions ("A、B和C", "A, B and C"), with an alias in brackets ("全球环境基金（全环基金）")
 * counted once.
 */
final class EntityLists {
    private static final Pattern SEPARATOR = Pattern.compile(
            "(?:、|，|,|和|及|以及|与|或|and|or|, and|as well as)?");
    /** "A 和 B 等国际组织，C 等企业，D…": an enumeration by kinds goes on after "等 + kind". */
    private static final Pattern CATEGORY = Pattern.compile("等[^。；，,、]{1,12}[，,、]");
    private static final String DECORATION = "[\\s《》“”\"（）()]";

    private EntityLists() {
    }

    /** The list that starts at ms.get(from), going forward, while members pass the filter. */
    static List<Mention> forward(String text, List<Mention> ms, int from, Predicate<Mention> member) {
        List<Mention> out = new ArrayList<>();
        if (from < 0 || from >= ms.size() || !member.test(ms.get(from))) {
            return out;
        }
        out.add(ms.get(from));
        Mention last = ms.get(from);
        int commaAt = -1;
        boolean closed = false;
        for (int j = from + 1; j < ms.size(); j++) {
            Mention next = ms.get(j);
            if (next.start() < last.end()) {
                continue;
            }
            String gap = text.substring(last.end(), next.start());
            boolean alias = next.entityId().equals(last.entityId()) && gap.strip().matches("[（(]");
            if (!alias && (!member.test(next) || !gap.isEmpty() && !isSeparator(gap))) {
                break;
            }
            String bare = gap.replaceAll("(?i)\\bthe\\b", " ").strip();
            if (bare.equals(",") && commaAt < 0) {
                commaAt = out.size();
            } else if (bare.matches("(?:,\\s*)?(?:and|or)")) {
                closed = true;
            }
            if (gap.isEmpty() && !alias) {
                out.set(out.size() - 1, next);
            } else if (!alias && out.stream().noneMatch(m -> m.entityId().equals(next.entityId()))) {
                out.add(next);
            }
            last = alias ? new Mention(last.entityId(), last.start(), closing(text, next.end()), last.surface()) : next;
        }
        // An English "A, B" is a list only when it closes with "and"/"or" ("A, B and C"); else the comma ends a clause.
        return commaAt > 0 && !closed ? new ArrayList<>(out.subList(0, commaAt)) : out;
    }

    /** The list that ends at ms.get(to), going backward. */
    static List<Mention> backward(String text, List<Mention> ms, int to, Predicate<Mention> member) {
        int from = to;
        while (from > 0) {
            List<Mention> trial = forward(text, ms, from - 1, member);
            if (trial.isEmpty() || trial.stream().noneMatch(m -> m == ms.get(to))) {
                break;
            }
            from--;
        }
        return forward(text, ms, from, member);
    }

    static boolean isSeparator(String gap) {
        String bare = gap.replaceAll(DECORATION, " ").replaceAll("(?i)\\bthe\\b", " ").replaceAll("\\s+", " ").strip();
        if (gap.isEmpty()) {
            return false;
        }
        return SEPARATOR.matcher(bare).matches() || CATEGORY.matcher(bare).matches();
    }

    private static int closing(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '）' || text.charAt(i) == ')') ? i + 1 : at;
    }
}
