package org.synergraph.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synergraph.discovery.DiscoveryFixture.discover;
import static org.synergraph.discovery.DiscoveryFixture.names;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synergraph.corpus.Passage;
import org.synergraph.corpus.PassageKind;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.Mention;

/** Each construction with exact spans, merging with known entities, and each refusal, on sentences of our own. */
class EntityDiscoveryTest {

    @Test
    void acronym_definition_gives_an_entity_whose_acronym_is_found_in_the_rest_of_the_document() {
        // Given a definition in one passage and the bare acronym in another
        EntityDiscovery.Result r = discover("联合国山地应急恢复基金（MERF）拨付了款项。", "随后 MERF 再次拨款。");

        // Then one entity, typed by its head word, with the acronym as alias and the first passage as its origin
        DiscoveredEntity d = r.entities().get(0);
        assertTrue(d.entity().id().matches("initiative:disc_zh_[0-9a-f]{12}"), d.entity().id());
        assertEquals(EntityType.INITIATIVE, d.entity().type());
        assertEquals(List.of("MERF"), d.entity().aliasesEn());
        assertEquals("t#0", d.introducedIn());
        // And the name replaces the known 联合国 it begins with; the acronym is a mention in the second passage
        assertEquals(List.of(new Mention(d.entity().id(), 0, 11, "联合国山地应急恢复基金"),
                new Mention(d.entity().id(), 12, 16, "MERF")), r.mentions().get("t#0"));
        assertEquals(List.of(new Mention(d.entity().id(), 3, 7, "MERF")), r.mentions().get("t#1"));
    }

    @Test
    void english_acronym_definition_has_exact_spans() {
        EntityDiscovery.Result r = discover("The National Steppe Institute (NSTI) runs the scheme.");

        assertEquals(List.of("National Steppe Institute"), names(r));
        assertEquals("org:disc_national_steppe_institute", r.entities().get(0).entity().id());
        assertEquals(List.of(new Mention("org:disc_national_steppe_institute", 4, 29, "National Steppe Institute"),
                new Mention("org:disc_national_steppe_institute", 31, 35, "NSTI")), r.mentions().get("t#0"));
    }

    @Test
    void national_body_begins_with_its_country_and_is_part_of_it() {
        EntityDiscovery.Result zh = discover("肯尼亚国家草原研究所提供了种子。");
        EntityDiscovery.Result en = discover("Seeds came from Guatemala's National Steppe Institute last year.");

        assertEquals("country:KEN", zh.entities().get(0).entity().partOf());
        assertEquals("nationalBody", zh.entities().get(0).construction());
        assertEquals(List.of(new Mention(zh.entities().get(0).entity().id(), 0, 10, "肯尼亚国家草原研究所")),
                zh.mentions().get("t#0"));
        assertEquals(List.of("National Steppe Institute"), names(en));
        assertEquals("country:GTM", en.entities().get(0).entity().partOf());
    }

    @Test
    void titled_convention_and_international_year_are_found() {
        EntityDiscovery.Result r = discover("各国批准了《高山湿地保护公约》，并庆祝国际高山湖泊年。");

        assertEquals(List.of("高山湿地保护公约", "国际高山湖泊年"), names(r));
        assertEquals(EntityType.CONVENTION, r.entities().get(0).entity().type());
        assertEquals(new Mention(r.entities().get(0).entity().id(), 5, 15, "《高山湿地保护公约》"), r.mentions().get("t#0").get(0));
    }

    @Test
    void a_name_the_gazetteer_knows_by_its_acronym_is_a_mention_of_the_known_entity() {
        // Given a variant name whose acronym is the GEF's
        EntityDiscovery.Result r = discover("Andean Soil Fund (GEF) pays.");

        assertTrue(r.entities().isEmpty());
        assertTrue(r.mentions().get("t#0").stream().anyMatch(m -> m.entityId().equals("org:gef")
                && m.surface().equals("Andean Soil Fund")), r.mentions().toString());
    }

    @Test
    void the_same_name_in_two_documents_has_the_same_id() {
        String a = DiscoveryFixture.discover(DiscoveryFixture.paragraphs("a", "全球草地恢复联盟发布了指南。"))
                .entities().get(0).entity().id();
        String b = DiscoveryFixture.discover(DiscoveryFixture.paragraphs("b", "资金来自全球草地恢复联盟。"))
                .entities().get(0).entity().id();

        assertEquals(a, b);
        // And the id is one the API accepts (ASCII)
        org.synergraph.query.Ids.check("id", a);
    }

    @Test
    void bare_head_words_generic_phrases_events_and_documents_give_nothing() {
        List<String> refused = List.of(
                "委员会审议了这一问题。",
                "各国政府、本委员会、该基金、相关组织、有关机构和成员国都表示支持。",
                "国际专家出席了第十二届会议和全球土壤研讨会。",
                "秘书处提交了全球土壤伙伴关系报告和全球森林决定。",
                "The Committee welcomed this Programme and the Regional Workshop on Soils.",
                "Members of the Fund read the Global Soils Report and Decision at the Session.");
        for (String text : refused) {
            assertEquals(List.of(), names(discover(text)), text);
        }
    }

    @Test
    void a_fragment_longer_than_a_name_gives_nothing() {
        // Given a run of characters without any stop, longer than the 20 a Chinese name may have
        assertEquals(List.of(), names(discover("国际山地森林草原湿地荒漠海洋河流湖泊冰川土壤生态系统综合恢复联盟成立。")));
    }

    @Test
    void a_heading_gives_no_entity_but_a_name_found_elsewhere_is_marked_in_it() {
        Passage heading = new Passage("h", 0, "B", PassageKind.HEADING, "B. 全球草地恢复联盟", null);
        Passage body = new Passage("h", 1, "3", PassageKind.PARAGRAPH, "秘书处与全球草地恢复联盟合作。", null);

        assertEquals(List.of(), names(DiscoveryFixture.discover(List.of(heading))));
        EntityDiscovery.Result both = DiscoveryFixture.discover(List.of(heading, body));
        assertEquals("h#1", both.entities().get(0).introducedIn());
        assertEquals(1, both.mentions().get("h#0").size());
    }

    @Test
    void discovered_mentions_never_overlap_known_ones() {
        EntityDiscovery.Result r = discover("全球环境基金与全球草地恢复联盟、粮农组织和国际草原学会合作。");

        List<Mention> ms = r.mentions().get("t#0");
        for (int i = 1; i < ms.size(); i++) {
            assertTrue(ms.get(i - 1).end() <= ms.get(i).start(), ms.toString());
        }
        assertEquals(List.of("全球草地恢复联盟", "国际草原学会"), names(r));
    }
}
