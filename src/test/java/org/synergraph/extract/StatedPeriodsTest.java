package org.synergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synergraph.config.Resources;

/** The stated-time constructions of data/time/stated-periods.json, read through their own examples. */
class StatedPeriodsTest {
    private final StatedPeriods periods = StatedPeriods.load(Resources.fromJar());

    @Test
    void every_example_of_every_construction_states_what_it_says() {
        int examples = 0;
        for (String language : new String[] {"zh", "en"}) {
            for (StatedPeriods.Construction c : periods.constructions(language)) {
                assertFalse(c.examples().isEmpty(), c.name() + " has examples");
                for (Map.Entry<String, StatedPeriods.StatedTime> e : c.examples().entrySet()) {
                    StatedPeriods.StatedTime found = periods.find(e.getKey(), language).orElseThrow(
                            () -> new AssertionError(language + " '" + e.getKey() + "' states no time"));
                    StatedPeriods.StatedTime want = e.getValue();
                    assertEquals(want.validFrom(), found.validFrom(), e.getKey());
                    assertEquals(want.validTo(), found.validTo(), e.getKey());
                    assertEquals(want.year(), found.year(), e.getKey());
                    examples++;
                }
            }
        }
        assertTrue(examples >= 20, "examples read: " + examples);
    }

    @Test
    void the_words_that_say_it_come_with_the_time_and_a_clause_without_one_states_none() {
        // Given a Chinese clause with a period, and clauses with none
        Optional<StatedPeriods.StatedTime> found = periods.find("土壤医生计划自2019年以来在哥伦比亚实施", "zh");

        // Then the start is read with its words; document symbols and plain numbers are not times
        assertEquals("2019", found.orElseThrow().validFrom());
        assertEquals("自2019年以来", found.get().words());
        assertTrue(periods.find("RECSOIL has started in Ghana and Mexico.", "en").isEmpty());
        assertTrue(periods.find("as set out in document ICCD/COP(14)/2019/16", "en").isEmpty());
        assertTrue(periods.find("供资1500万美元", "zh").isEmpty());
        assertTrue(periods.find("in 2024", "fr").isEmpty(), "a language without constructions states nothing");
        assertTrue(StatedPeriods.NONE.find("in 2024", "en").isEmpty());
    }
}
