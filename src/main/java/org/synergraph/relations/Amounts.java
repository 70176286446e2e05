package org.synergraph.relations;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount of money ("1500 万美元", "USD 2.5 million", "€3 million") and a year ("2024 年", "in 2024") from a
 * quote. Currency words and scale words (万, 亿, million) come from the catalogue.
 */
final class Amounts {
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d\\-－—])((?:19|20)\\d{2})\\s*年(?!\\s*[-－—至到])|\\b(?:in|since) ((?:19|20)\\d{2})\\b");
    private final Map<String, String> currencies;
    private final Map<String, Double> scales;
    private final Pattern after;
    private final Pattern before;

    /** An amount with its ISO currency. */
    record Money(double amount, String currency) {
    }

    Amounts(Map<String, String> currencies, Map<String, Double> scales) {
        this.currencies = Map.copyOf(currencies);
        this.scales = Map.copyOf(scales);
        String cur = "(" + Catalogue.alternation(currencies.keySet().stream().toList()) + ")";
        String scale = scales.isEmpty() ? "()" : "(" + Catalogue.alternation(scales.keySet().stream().toList()) + ")?";
        this.after = Pattern.compile("(\\d[\\d\\s,.]*\\d|\\d)\\s*" + scale + "\\s*" + cur, Pattern.CASE_INSENSITIVE);
        this.before = Pattern.compile(cur + "\\s*(\\d[\\d,.]*\\d|\\d)\\s*" + scale, Pattern.CASE_INSENSITIVE);
    }

    /** The first amount stated in a stretch of text, or null. */
    Money money(String text) {
        Matcher a = after.matcher(text);
        Matcher b = before.matcher(text);
        boolean fa = a.find();
        boolean fb = b.find();
        if (fa && (!fb || a.start() <= b.start())) {
            return money(a.group(1), a.group(2), a.group(3));
        }
        return fb ? money(b.group(2), b.group(3), b.group(1)) : null;
    }

    private Money money(String digits, String scale, String currency) {
        String clean = digits.replaceAll("[\\s,]", "");
        if (clean.chars().filter(c -> c == '.').count() > 1) {
            return null;
        }
        double n = Double.parseDouble(clean);
        if (scale != null && !scale.isEmpty()) {
            n *= scales.getOrDefault(key(scales, scale), 1.0);
        }
        return new Money(n, currencies.get(key(currencies, currency)));
    }

    private static <V> String key(Map<String, V> map, String word) {
        return map.keySet().stream().filter(k -> k.equalsIgnoreCase(word.strip())).findFirst().orElse(word);
    }

    /** A year stated in a stretch of text, or null. */
    static Integer year(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }
}
