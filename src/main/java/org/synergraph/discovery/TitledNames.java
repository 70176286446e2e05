package org.synergraph.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.Mention;

/**
 * A 《title》 that names an instrument (…公约, …议定书) or, when it opens like a name (国际, 全球 …), a programme (…议程,
 * …框架, …战略). Titles of reports, decisions and work plans, titles with a known name inside and titles longer than a
 * name can be give nothing.
 */
final class TitledNames {
    private static final Pattern TITLE = Pattern.compile("《([^《》]{2,60})》");
    private final DiscoveryCatalogue catalogue;

    TitledNames(DiscoveryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<Candidate> find(String text, List<Mention> mentions) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = TITLE.matcher(text);
        while (m.find()) {
            String inner = m.group(1).strip();
            EntityType type = headOf(inner);
            int start = m.start();
            int end = m.end();
            boolean touchesKnown = mentions.stream().anyMatch(x -> x.start() < end && x.end() > start);
            boolean instrument = type == EntityType.CONVENTION || catalogue.openerOf(inner) != null;
            if (type != null && instrument && !touchesKnown && inner.length() <= catalogue.maxLength()
                    && inner.length() - headLength(inner) >= catalogue.minModifier() && !catalogue.refuses(inner)
                    && catalogue.genericStarts().stream().noneMatch(inner::startsWith)) {
                out.add(new Candidate(start, end, inner, type, "title", null, null, null, true));
            }
        }
        return out;
    }

    private EntityType headOf(String inner) {
        for (Map.Entry<String, EntityType> h : catalogue.titleHeads().entrySet()) {
            if (inner.endsWith(h.getKey())) {
                return h.getValue();
            }
        }
        return null;
    }

    private int headLength(String inner) {
        return catalogue.titleHeads().keySet().stream().filter(inner::endsWith).findFirst().map(String::length)
                .orElse(0);
    }
}
