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

/** Generic words resolved under a document's issuing body, and the support, lead and partner constructions. */
class GenericActorRulesTest {
    private static Gazetteer gazetteer;
    private static MentionFinder finder;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load(Resources.from(Optional.of(Path.of("").toAbsolutePath())));
        finder = MentionFinder.of(gazetteer);
    }

    private static Set<String> facts(String body, String text) {
        Passage p = new Passage("t", 0, "1", PassageKind.PARAGRAPH, text, null);
        List<Mention> ms = finder.find(p, finder.issuingBody(body));
        List<Relation> relations = RelationRules.standard(gazetteer).extract(p, ms);
        relations.forEach(r -> assertEquals(r.evidence().quote(), text.substring(r.evidence().start(), r.evidence().end())));
        return relations.stream().map(Relation::key).collect(Collectors.toSet());
    }

    @Test
    void secretariat_means_the_issuing_conventions_secretariat() {
        // Given a note issued for the UNCCD COP, where 秘书处 stands alone
        Set<String> facts = facts("UNCCD Conference of the Parties (COP)", "秘书处继续与环境署合作举办培训。");
        // Then the UNCCD secretariat is the partner
        assertEquals(Set.of("org:unccd_secretariat|PARTNERS_WITH|org:unep|active"), facts);
    }

    @Test
    void generic_words_stay_unresolved_without_a_known_body_or_inside_a_longer_name() {
        assertTrue(facts(null, "秘书处继续与环境署合作举办培训。").isEmpty());
        assertTrue(facts("UNCCD Conference of the Parties (COP)", "里约三公约秘书处与环境署合作举办培训。").isEmpty());
    }

    @Test
    void an_organs_short_name_is_read_in_its_bodys_documents() {
        // Given an FAO committee's document naming the forestry division without "粮农组织"
        Set<String> facts = facts("FAO Committee on Forestry (COFO)", "山区伙伴关系秘书处设在林业司。");
        assertEquals(Set.of("org:fao_forestry_division|HOSTS|org:mp_secretariat|active"), facts);
    }

    @Test
    void purpose_and_contribution_clauses_give_support_from_the_sentence_subject() {
        Set<String> facts = facts(null, "森林合作伙伴关系还为《巴黎协定》的审议工作做出贡献。"
                + "“联合国减少毁林和森林退化所致排放量计划”不断扩大，重点是推动落实《联合国森林战略计划》。");
        assertEquals(Set.of("initiative:cpf|SUPPORTS|convention:paris_agreement|active",
                "initiative:un_redd|SUPPORTS|initiative:unspf|active"), facts);
    }

    @Test
    void an_object_of_review_is_no_supporter() {
        assertTrue(facts(null, "审议联合国森林论坛动态，支持落实《联合国森林战略计划》。").isEmpty());
    }

    @Test
    void a_name_qualifying_a_noun_is_not_supported() {
        Set<String> facts = facts("Governing Body of the International Treaty on Plant Genetic Resources for Food and"
                + " Agriculture", "秘书处协助共同主席与管理机构其他附属机构开展互动。");
        assertTrue(facts.isEmpty(), facts.toString());
    }

    @Test
    void endorsement_and_strengthened_cooperation_are_read() {
        Set<String> facts = facts(null, "林委建议得到粮农组织理事会赞同。"
                + "环境署继续加强与《生物多样性公约》秘书处的合作。");
        assertEquals(Set.of("org:cofo|REPORTS_TO|org:fao_council|active",
                "org:unep|PARTNERS_WITH|org:cbd_secretariat|active"), facts);
    }

    @Test
    void a_generic_word_after_another_bodys_name_is_that_bodys_organ() {
        // Given a UNCCD note naming the climate convention's COP
        List<Mention> ms = finder.find(new Passage("t", 0, "1", PassageKind.PARAGRAPH, "在《气候公约》缔约方会议期间", null),
                finder.issuingBody("UNCCD Conference of the Parties (COP)"));
        // Then 缔约方会议 is not read as the UNCCD COP: the whole name is the climate convention's COP
        assertEquals(List.of("org:unfccc_cop"), ms.stream().map(Mention::entityId).toList());
    }
}
