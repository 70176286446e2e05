package org.synergraph.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synergraph.extract.Mention;

/**
 * An international year: "国际X年" (X two or more Chinese characters) or "International Year of X" (X capitalised
 * words, "and"/"of"/"the" inside). The words around X and the longest X come from the catalogue.
 */
final class YearNames {
    private final Pattern pattern;
    private final DiscoveryCatalogue.YearNames year;

    YearNames(DiscoveryCatalogue catalogue) {
        this.year = catalogue.yearNames();
        String inner = "zh".equals(catalogue.language())
                ? "\\p{IsHan}{2," + year.maxInner() + "}?"
                : "[A-Z][A-Za-z\\-]*(?: (?:and |of |the |for )?[A-Z][A-Za-z\\-]*)*";
        this.pattern = Pattern.compile(Pattern.quote(year.before()) + "(" + inner + ")" + Pattern.quote(year.after()));
    }

    List<Candidate> find(String text, List<Mention> mentions) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (m.group(1).length() <= year.maxInner() && year.refusedInner().stream().noneMatch(m.group(1)::contains)
                    && mentions.stream().noneMatch(x -> x.start() < end && x.end() > start)) {
                out.add(new Candidate(start, end, m.group(), year.type(), "year", null, null, null, true));
            }
        }
        return out;
    }
}
