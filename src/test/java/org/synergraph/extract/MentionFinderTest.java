package org.synergraph.extract;

import org.junit.jupiter.api.Test;
import org.synergraph.corpus.Passage;
import org.synergraph.corpus.PassageKind;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MentionFinderTest {
    private final MentionFinder finder = MentionFinder.of(Fixtures.gazetteer());

    private List<String> ids(String text) {
        return finder.find(text).stream().map(Mention::entityId).toList();
    }

    @Test
    void longest_match_wins_over_contained_alias() {
        // Given a name that contains another entity's name, When found, Then only the longer one is reported
        assertEquals(List.of("organisation:gsp"), ids("全球土壤伙伴关系全体会议"));
        assertEquals(List.of("organisation:soil-partnership"), ids("该土壤伙伴关系"));
    }

    @Test
    void country_inside_a_longer_country_name_is_not_reported() {
        assertEquals(List.of("country:SSD", "country:SDN"), ids("南苏丹和苏丹"));
        assertEquals(List.of("country:GNB", "country:GIN"), ids("几内亚比绍、几内亚"));
    }

    @Test
    void region_absorbs_the_country_inside_its_name() {
        assertEquals(List.of("region:ssa"), ids("撒哈拉以南非洲"));
    }

    @Test
    void blocker_absorbs_the_country_inside_it() {
        // Given 发展中国家 (a blocker) and then 中国, Then only the second is China
        List<Mention> mentions = finder.find("发展中国家和中国");
        assertEquals(List.of(new Mention("country:CHN", 6, 8, "中国")), mentions);
        assertEquals(List.of(), ids("Turkey Creek"));
    }

    @Test
    void leftmost_wins_among_equally_long_overlaps() {
        // 苏丹 (Sudan) and 丹麦 (Denmark) overlap in 苏丹麦
        assertEquals(List.of("country:SDN"), ids("苏丹麦"));
    }

    @Test
    void acronym_inside_a_longer_latin_word_is_not_matched() {
        assertEquals(List.of(), ids("GEFSEC and AGEF and GEF2"));
    }

    @Test
    void acronym_next_to_chinese_or_brackets_is_matched() {
        List<Mention> mentions = finder.find("粮农组织（FAO）的报告向GEF提交");
        assertEquals(List.of(new Mention("organisation:fao", 0, 4, "粮农组织"),
                new Mention("organisation:fao", 5, 8, "FAO"),
                new Mention("organisation:gef", 13, 16, "GEF")), mentions);
    }

    @Test
    void acronyms_match_only_in_their_own_case() {
        assertEquals(List.of(), ids("the gef and the fao and soilstat"));
        assertEquals(List.of("initiative:soilstat"), ids("通过SoilSTAT平台"));
    }

    @Test
    void multi_word_names_match_in_any_case_and_keep_the_written_surface() {
        List<Mention> mentions = finder.find("the GLOBAL SOIL PARTNERSHIP and the global soil partnership");
        assertEquals(List.of(new Mention("organisation:gsp", 4, 27, "GLOBAL SOIL PARTNERSHIP"),
                new Mention("organisation:gsp", 36, 59, "global soil partnership")), mentions);
    }

    @Test
    void titles_match_with_and_without_book_brackets() {
        assertEquals(List.of(new Mention("convention:cbd", 1, 10, "《生物多样性公约》")), finder.find("在《生物多样性公约》下"));
        assertEquals(List.of(new Mention("convention:cbd", 0, 7, "生物多样性公约")), finder.find("生物多样性公约缔约方"));
    }

    @Test
    void quoted_names_match_without_their_quotes() {
        assertEquals(List.of("initiative:sos", "initiative:sos"), ids("“拯救土壤”倡议与拯救土壤倡议"));
    }

    @Test
    void formal_names_from_the_data_file_name_the_country() {
        assertEquals(List.of("country:BOL", "country:BOL"), ids("多民族玻利维亚国和玻利维亚"));
        assertEquals(List.of("country:BOL"), ids("the plurinational state of bolivia"));
    }

    @Test
    void offsets_are_string_indices_even_after_supplementary_characters() {
        // Given 𠀀 (two chars in UTF-16) before the name, Then the mention starts at index 2
        assertEquals(List.of(new Mention("country:CRI", 2, 7, "哥斯达黎加")), finder.find("𠀀哥斯达黎加"));
    }

    @Test
    void a_passage_is_searched_through_its_text() {
        Passage passage = new Passage("000", 3, "4", PassageKind.PARAGRAPH, "加纳和多哥", null);
        assertEquals(List.of("country:GHA", "country:TGO"),
                finder.find(passage).stream().map(Mention::entityId).toList());
    }
}
