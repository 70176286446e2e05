package org.synergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synergraph.config.Resources;
import org.synergraph.corpus.Passage;
import org.synergraph.corpus.PassageKind;

/** The rules on English text written for this test, with the real gazetteer. */
class EnglishRulesTest {
    private static Gazetteer gazetteer;
    private static MentionFinder finder;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load(Resources.from(Optional.of(Path.of("").toAbsolutePath())));
        finder = MentionFinder.of(gazetteer);
    }

    private static Set<String> facts(String text) {
        Passage p = new Passage("en", 0, "1", PassageKind.PARAGRAPH, text, null);
        List<Relation> relations = RelationRules.standard(gazetteer).extract(p, finder.find(p));
        for (Relation r : relations) {
            assertEquals(r.evidence().quote(), text.substring(r.evidence().start(), r.evidence().end()));
            assertTrue(r.confidence() > 0 && r.confidence() <= 1, r.toString());
        }
        return relations.stream().map(Relation::key).collect(Collectors.toSet());
    }

    @Test
    void funded_by_a_list_makes_each_member_a_funder() {
        // Given a passive funding sentence naming three funders
        Set<String> facts = facts("The FAO-EU FLEGT Programme is funded by the European Union, the United Kingdom"
                + " and Sweden.");
        // Then each funds the programme, and nothing else is said
        assertEquals(Set.of("org:eu|FUNDS|initiative:fao_eu_flegt|active", "country:GBR|FUNDS|initiative:fao_eu_flegt|active",
                "country:SWE|FUNDS|initiative:fao_eu_flegt|active"), facts);
    }

    @Test
    void started_in_is_active_and_plans_to_is_planned() {
        Set<String> facts = facts("RECSOIL has started in Ghana and Mexico and plans to expand to Peru.");
        assertEquals(Set.of("initiative:recsoil|ACTIVE_IN|country:GHA|active",
                "initiative:recsoil|ACTIVE_IN|country:MEX|active",
                "initiative:recsoil|ACTIVE_IN|country:PER|planned"), facts);
    }

    @Test
    void support_lead_partner_and_member_patterns_read_english() {
        Set<String> facts = facts("With the support of the FAO, the Soil Doctors Programme is implemented in Chile."
                + " The UN-REDD Programme is led by FAO, UNDP and UNEP. The Mountain Partnership works with the"
                + " World Bank. The Global Environment Facility is a member of the Mountain Partnership.");
        assertTrue(facts.containsAll(Set.of("org:fao|SUPPORTS|initiative:soil_doctors|active",
                "initiative:soil_doctors|ACTIVE_IN|country:CHL|active", "org:fao|LEADS|initiative:un_redd|active",
                "org:undp|LEADS|initiative:un_redd|active", "org:unep|LEADS|initiative:un_redd|active",
                "initiative:mountain_partnership|PARTNERS_WITH|org:world_bank|active",
                "org:gef|MEMBER_OF|initiative:mountain_partnership|active")), facts.toString());
    }

    @Test
    void amounts_and_years_are_read_from_the_funding_clause() {
        Passage p = new Passage("en", 0, "1", PassageKind.PARAGRAPH,
                "收到欧盟委员会的自愿捐款（150 万欧元），用于支持全球农业土壤再碳化倡议的活动。", null);
        List<Relation> rs = RelationRules.standard(gazetteer).extract(p, finder.find(p));
        Relation gift = rs.stream().filter(r -> r.objectId().equals("initiative:recsoil")).findFirst().orElseThrow();
        assertEquals("org:european_commission", gift.subjectId());
        assertEquals(1_500_000.0, gift.amount());
        assertEquals("EUR", gift.currency());
    }
}
