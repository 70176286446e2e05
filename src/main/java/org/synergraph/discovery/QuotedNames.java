package org.synergraph.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.Mention;

/**
 * A name in quotation marks followed by its head word, the way Chinese news names a programme or a network:
 * “加快创新检测森林”计划, “绿色沙丘”倡议, “山地之声”网络. The name is the quoted words and the head
 * (加快创新检测森林计划); the quoted words alone are its short form. Quotations that hold a clause mark, a known
 * name, or a word of the catalogue's refusals (报告, 会议 …) give nothing, nor do quotes with no head after them.
 */
final class QuotedNames {
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"《》，,。；;：:、！？!?]{2,24})[”\"]");
    private final DiscoveryCatalogue catalogue;

    QuotedNames(DiscoveryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<Candidate> find(String text, List<Mention> mentions) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String inner = m.group(1).strip();
            String head = headAt(text, m.end());
            if (head == null || inner.length() < catalogue.minModifier() || catalogue.refuses(inner)) {
                continue;
            }
            int start = m.start();
            int end = m.end() + head.length();
            if (mentions.stream().anyMatch(x -> x.start() < end && x.end() > start)) {
                continue;
            }
            out.add(new Candidate(start, end, inner + head, catalogue.headWords().get(head), "quoted", inner, null,
                    null, true));
        }
        return out;
    }

    /** The longest head word of the catalogue's quoted-name heads right at {@code at}, or null. */
    private String headAt(String text, int at) {
        String best = null;
        for (String h : catalogue.quotedNameHeads()) {
            if (text.startsWith(h, at) && (best == null || h.length() > best.length())
                    && catalogue.headWords().get(h) != null) {
                best = h;
            }
        }
        return best;
    }
}
