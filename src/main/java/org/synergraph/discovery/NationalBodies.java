package org.synergraph.discovery;

import java.util.List;
import java.util.Optional;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.Mention;

/**
 * A body of a named country: an organisation whose name begins with a country (肯尼亚国家草原研究所, "Kenya Grassland
 * Research Institute") or follows a country's possessive ("Guatemala's National Forest Institute") is part of that
 * country.
 */
final class NationalBodies {
    private final KnownNames known;
    private final DiscoveryCatalogue catalogue;

    NationalBodies(DiscoveryCatalogue catalogue, KnownNames known) {
        this.catalogue = catalogue;
        this.known = known;
    }

    /** The candidate with partOf its country when it is a national body; a place-first name with another head is
     * no longer anchored by its place (英国剑桥…组织 is no body of the United Kingdom). */
    Candidate mark(String text, Candidate c, List<Mention> mentions) {
        boolean nationalHead = catalogue.nationalHeads().stream().anyMatch(c.name()::endsWith);
        if (c.absorbed() != null && isCountry(c.absorbed()) && !nationalHead) {
            return new Candidate(c.start(), c.end(), c.name(), c.type(), c.construction(), c.acronym(), null,
                    c.absorbed(), false);
        }
        if (c.type() != EntityType.ORGANISATION || !nationalHead) {
            return c;
        }
        Optional<String> country = c.absorbed() != null && isCountry(c.absorbed()) ? Optional.of(c.absorbed().entityId())
                : possessor(text, c, mentions);
        return country.map(c::withPartOf).orElse(c);
    }

    /** "Kenya's …" or "Kenya’s …" right before the name. */
    private Optional<String> possessor(String text, Candidate c, List<Mention> mentions) {
        for (Mention m : mentions) {
            String between = text.substring(Math.min(m.end(), c.start()), c.start());
            if (m.end() <= c.start() && (between.equals("'s ") || between.equals("’s ")) && isCountry(m)) {
                return Optional.of(m.entityId());
            }
        }
        return Optional.empty();
    }

    private boolean isCountry(Mention m) {
        return known.type(m.entityId()).orElse(null) == EntityType.COUNTRY;
    }
}
