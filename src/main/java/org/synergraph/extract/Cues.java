package org.synergraph.extract;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small look-ups the rules share: the mention next to a trigger word, a list after a cue, an amount of money. */
final class Cues {
    private static final Pattern ZH_AMOUNT = Pattern.compile(
            "(\\d[\\d\\s,.]*)\\s*(万|亿)?\\s*(美元|欧元|瑞士法郎|英镑|日元|人民币)");
    private static final Pattern EN_AMOUNT = Pattern.compile(
            "(?:(US\\$|USD|EUR|€|\\$)\\s*(\\d[\\d,.]*)\\s*(million|billion)?)"
                    + "|(?:(\\d[\\d,.]*)\\s*(million|billion)?\\s*(US dollars|dollars|euros|USD|EUR))");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d\\-－—])((?:19|20)\\d{2})\\s*年(?!\\s*[-－—至到])|\\bin ((?:19|20)\\d{2})\\b");

    private static final Pattern MODIFIED_NOUN = Pattern.compile("(?:其他|其它|相关|各|下属|附属)+(?:机构|委员会|成员|办事处)");

    private Cues() {
    }

    /** An amount of money with its ISO currency. */
    record Money(double amount, String currency) {
    }

    /** The nearest actor (organisation, initiative, convention, or anaphor) ending at most maxGap chars before pos. */
    static Mention actorBefore(PassageView v, List<Mention> ms, int pos, int maxGap) {
        for (int k = ms.size() - 1; k >= 0; k--) {
            Mention m = ms.get(k);
            if (m.end() <= pos && v.isActor(m)) {
                return gap(v.text(), m.end(), pos) <= maxGap ? m : null;
            }
        }
        return null;
    }

    /** The text with what stands inside 《》 and “” blanked, so that a comma in a title does not end a clause. */
    static String maskTitles(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《' || c == '“') {
                depth++;
            } else if ((c == '》' || c == '”') && depth > 0) {
                depth--;
            } else if (depth > 0) {
                c = '·';
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A name that only qualifies the noun after it ("管理机构其他附属机构", "公约下属机构") is not an argument. */
    static boolean qualifiesNoun(String text, Mention m) {
        return MODIFIED_NOUN.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).lookingAt();
    }

    /** Index of the first mention passing the filter that starts at or after pos, at most maxGap chars later. */
    static int indexAfter(String text, List<Mention> ms, int pos, int maxGap, Predicate<Mention> filter) {
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (m.start() >= pos) {
                return gap(text, pos, m.start()) <= maxGap && filter.test(m) ? k : -1;
            }
        }
        return -1;
    }

    /** Characters between two offsets, an English article not counted ("by the European Union" is right after "by"). */
    static int gap(String text, int from, int to) {
        return text.substring(from, to).replaceAll("(?i)\\b(?:the|a|an)\\b\\s*", "").length();
    }

    /** The list of actors that starts right after pos (within maxGap chars), or an empty list. */
    static List<Mention> actorsAfter(PassageView v, List<Mention> ms, int pos, int maxGap) {
        int k = indexAfter(v.text(), ms, pos, maxGap, v::isActor);
        return k < 0 ? List.of() : EntityLists.forward(v.text(), ms, k, m -> v.isActor(m) || v.isPlace(m));
    }

    /** The list of actors or countries that ends right before pos (within maxGap chars), or an empty list. */
    static List<Mention> listBefore(PassageView v, List<Mention> ms, int pos, int maxGap) {
        for (int k = ms.size() - 1; k >= 0; k--) {
            Mention m = ms.get(k);
            if (m.end() <= pos) {
                if (pos - m.end() > maxGap || !(v.isActor(m) || v.isPlace(m))) {
                    return List.of();
                }
                return EntityLists.backward(v.text(), ms, k, x -> v.isActor(x) || v.isPlace(x));
            }
        }
        return List.of();
    }

    /** The first amount of money stated in a stretch of text, or null. */
    static Money money(String text) {
        Matcher zh = ZH_AMOUNT.matcher(text);
        if (zh.find()) {
            double n = number(zh.group(1)) * ("万".equals(zh.group(2)) ? 1e4 : "亿".equals(zh.group(2)) ? 1e8 : 1);
            return new Money(n, currency(zh.group(3)));
        }
        Matcher en = EN_AMOUNT.matcher(text);
        if (en.find()) {
            boolean symbolFirst = en.group(2) != null;
            double n = number(symbolFirst ? en.group(2) : en.group(4));
            String scale = symbolFirst ? en.group(3) : en.group(5);
            n *= "million".equals(scale) ? 1e6 : "billion".equals(scale) ? 1e9 : 1;
            return new Money(n, currency(symbolFirst ? en.group(1) : en.group(6)));
        }
        return null;
    }

    /** A year stated in a stretch of text ("2024 年", "in 2024"), or null. */
    static Integer year(String text) {
        Matcher m = YEAR.matcher(text);
        if (!m.find()) {
            return null;
        }
        return Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static double number(String digits) {
        String clean = digits.replaceAll("[\\s,]", "");
        try {
            return Double.parseDouble(clean);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("amount pattern matched a non-number '" + digits + "'", e);
        }
    }

    private static String currency(String word) {
        return switch (word) {
            case "美元", "US$", "USD", "$", "US dollars", "dollars" -> "USD";
            case "欧元", "EUR", "€", "euros" -> "EUR";
            case "瑞士法郎" -> "CHF";
            case "英镑" -> "GBP";
            case "日元" -> "JPY";
            case "人民币" -> "CNY";
            default -> null;
        };
    }
}
