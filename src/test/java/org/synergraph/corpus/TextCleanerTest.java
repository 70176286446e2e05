package org.synergraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void hard_line_breaks_inside_a_chinese_sentence_are_removed_with_their_line_end_spaces() {
        // Given
        List<String> lines = List.of("全球农业土壤再碳化倡议已开始在哥斯达黎加、加纳、哈萨克斯坦、墨西哥、 ", "多哥和乌兹别克斯坦实施");
        // When
        String clean = TextCleaner.clean(lines);
        // Then
        assertEquals("全球农业土壤再碳化倡议已开始在哥斯达黎加、加纳、哈萨克斯坦、墨西哥、多哥和乌兹别克斯坦实施", clean);
    }

    @Test
    void latin_words_broken_across_lines_keep_one_space() {
        assertEquals("the Global Soil Partnership", TextCleaner.clean(List.of("the Global Soil", "Partnership")));
    }

    @Test
    void spaced_out_characters_are_closed_up_but_spaces_around_numbers_stay() {
        // Given
        String spaced = "粮 农 组 织 。 全 球 土 壤 伙 伴 关 系 。 2023 。";
        // When
        String clean = TextCleaner.joinSpacedCharacters(spaced);
        // Then
        assertEquals("粮农组织。全球土壤伙伴关系。 2023 。", clean);
    }

    @Test
    void inner_spaces_between_words_and_numbers_are_kept_as_printed() {
        assertEquals("在 2031-2040 年期间设立 SoilSTAT 土壤统计数据库",
                TextCleaner.clean(List.of("在 2031-2040 年期间设立 SoilSTAT 土壤统计数据库")));
    }

    @Test
    void urls_are_removed_even_when_broken_across_lines() {
        // Given
        List<String> lines = List.of("粮农组织。全球土壤伙伴关系。https://www.fao.org/global-soil-",
                "partnership/areas-of-work/recsoil/recsoil-home ");
        // When
        String clean = TextCleaner.clean(lines);
        // Then
        assertEquals("粮农组织。全球土壤伙伴关系。", clean);
    }

    @Test
    void markdown_angle_links_and_the_brackets_they_leave_are_removed() {
        assertEquals("该网站重点展示。更多信息可查阅。",
                TextCleaner.stripUrls("该网站(www.rioconventions.org)重点展示。更多信息可查阅 <https://rioconventions.org/>。"));
    }

    @Test
    void private_use_glyphs_and_full_width_spaces_are_normalised() {
        assertEquals(" 继续支持 落实", TextCleaner.normaliseLine("\uF0B7 继续支持\u3000落实\f"));
    }

    @Test
    void bullet_items_join_without_space_after_a_clause_and_with_one_otherwise() {
        assertEquals("包括：举办活动；发布评估", TextCleaner.join(List.of("包括：", "• 举办活动；", "• 发布评估")));
        assertEquals("具体如下：秘书处 森林和农场基金", TextCleaner.join(List.of("具体如下：", "• 秘书处", "• 森林和农场基金")));
    }

    @Test
    void page_numbers_running_symbols_and_lone_letters_are_page_furniture() {
        assertTrue(TextCleaner.isPageFurniture("12", null));
        assertTrue(TextCleaner.isPageFurniture("ICCD/COP(17)/6", null));
        assertTrue(TextCleaner.isPageFurniture("COAG/2024/5", null));
        assertTrue(TextCleaner.isPageFurniture("IT/GB-11/25/18", null));
        assertTrue(TextCleaner.isPageFurniture("C 2025/12", null));
        assertTrue(TextCleaner.isPageFurniture("C", null));
        assertTrue(TextCleaner.isPageFurniture("一. 背景.....\t3", null));
        assertFalse(TextCleaner.isPageFurniture("背 景", null));
        assertFalse(TextCleaner.isPageFurniture("FLEGT", null));
    }

    @Test
    void a_line_with_only_a_url_is_recognised() {
        assertTrue(TextCleaner.isUrlOnly("https://openknowledge.fao.org/handle/20.500.14283/cd1903en "));
        assertFalse(TextCleaner.isUrlOnly("详细信息参见 http://www.cpfweb.org/95257/en/。"));
    }
}
