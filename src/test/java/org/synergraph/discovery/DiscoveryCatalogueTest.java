package org.synergraph.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every example sentence of data/discovery/*.json gives exactly the names, acronyms and partOf it lists. */
class DiscoveryCatalogueTest {

    @Test
    void every_example_of_both_catalogues_gives_what_it_lists() {
        for (String language : List.of("zh", "en")) {
            DiscoveryCatalogue catalogue = DiscoveryCatalogue.load(DiscoveryFixture.RESOURCES, language);
            assertFalse(catalogue.examples().isEmpty(), language + " has examples");
            for (DiscoveryCatalogue.Example e : catalogue.examples()) {
                EntityDiscovery.Result r = DiscoveryFixture.discover(e.sentence());

                assertEquals(e.names(), DiscoveryFixture.names(r), language + " " + e.construction() + ": " + e.sentence());
                if (!e.acronyms().isEmpty()) {
                    assertEquals(e.acronyms(), r.entities().stream().flatMap(d -> java.util.stream.Stream.concat(
                            d.entity().aliasesEn().stream(), d.entity().aliasesZh().stream()))
                            .toList(), e.sentence());
                }
                if (e.partOf() != null) {
                    assertEquals(e.partOf(), r.entities().get(0).entity().partOf(), e.sentence());
                }
            }
        }
    }

    @Test
    void each_catalogue_shows_every_construction_and_a_refusal() {
        for (String language : List.of("zh", "en")) {
            List<String> shown = DiscoveryCatalogue.load(DiscoveryFixture.RESOURCES, language).examples().stream()
                    .map(DiscoveryCatalogue.Example::construction).distinct().toList();
            for (String c : List.of("acronym", "headWord", "year", "nationalBody", "refused")) {
                assertFalse(!shown.contains(c), language + " lacks an example of " + c);
            }
        }
    }
}
