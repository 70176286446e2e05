package org.synergraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    @Test
    void summary_action_items_headings_paragraphs_and_footnotes_come_out_in_document_order() {
        // Given a report damaged the way converted PDFs are
        // When
        List<Passage> passages = Fixtures.segment("damaged-report.txt");
        // Then
        List<String> shape = passages.stream().map(p -> p.kind() + ":" + p.label()).toList();
        assertEquals(List.of("HEADING:内容提要", "SUMMARY:summary", "FOOTNOTE:footnote 1", "HEADING:建议农委采取的行动",
                "PARAGRAPH:preamble", "RECOMMENDATION:a", "RECOMMENDATION:b", "HEADING:I", "PARAGRAPH:1",
                "FOOTNOTE:footnote 2", "PARAGRAPH:2", "HEADING:背景", "PARAGRAPH:3"), shape);
        for (int i = 0; i < passages.size(); i++) {
            assertEquals(i, passages.get(i).ordinal());
        }
    }

    @Test
    void a_numbered_paragraph_runs_on_across_a_footnote_block_and_a_page_break() {
        // When
        Passage paragraph = Fixtures.labelled(Fixtures.segment("damaged-report.txt"), PassageKind.PARAGRAPH, "1");
        // Then
        assertEquals("全球农业土壤再碳化倡议发起于 2019 年，已开始在哥斯达黎加、加纳、多哥实施，并在约 900 公顷土地上采用了可持续土壤管理做法。",
                paragraph.text());
    }

    @Test
    void a_footnote_is_cleaned_and_points_at_the_passage_that_cites_it() {
        // When
        List<Passage> passages = Fixtures.segment("damaged-report.txt");
        // Then
        Passage first = Fixtures.labelled(passages, PassageKind.FOOTNOTE, "footnote 1");
        assertEquals("粮农组织。全球土壤伙伴关系。 2023 。", first.text());
        assertEquals("summary", first.parentLabel());
        Passage second = Fixtures.labelled(passages, PassageKind.FOOTNOTE, "footnote 2");
        assertEquals("粮农组织。全球农业土壤再碳化倡议。", second.text());
        assertEquals("1", second.parentLabel());
        assertEquals("农业委员会是全球土壤伙伴关系的上级机构。全球土壤伙伴关系的主要治理机构向农委报告工作。",
                Fixtures.labelled(passages, PassageKind.SUMMARY, "summary").text());
    }

    @Test
    void lettered_items_of_a_suggested_action_block_are_recommendations() {
        // When
        List<Passage> passages = Fixtures.segment("damaged-report.txt");
        // Then
        assertEquals("欢迎全体会议的报告，以及在各级取得的所有进展；",
                Fixtures.labelled(passages, PassageKind.RECOMMENDATION, "a").text());
        assertNull(Fixtures.labelled(passages, PassageKind.RECOMMENDATION, "a").parentLabel());
    }

    @Test
    void bullet_glyphs_page_furniture_and_ordinary_numbers_are_handled() {
        // When
        List<Passage> passages = Fixtures.segment("damaged-report.txt");
        // Then
        assertEquals("主要活动包括：举办世界土壤日庆祝活动；发布全球盐渍土壤评估。",
                Fixtures.labelled(passages, PassageKind.PARAGRAPH, "2").text());
        assertEquals("已有 127 位农民参与，工作组 1—土壤养分监测。",
                Fixtures.labelled(passages, PassageKind.PARAGRAPH, "3").text());
        assertFalse(passages.stream().anyMatch(p -> p.text().contains("COAG/2024/5")));
    }

    @Test
    void markdown_headings_superscript_markers_links_and_emphasis_are_stripped() {
        // When
        List<Passage> passages = Fixtures.segment("markdown-report.txt");
        // Then
        assertEquals("一", passages.get(0).label());
        assertEquals(PassageKind.HEADING, passages.get(0).kind());
        assertEquals("第一段，见《贝伦联合声明》,以及其他内容。", Fixtures.labelled(passages, PassageKind.PARAGRAPH, "1").text());
        assertEquals("该网站展示工作。更多信息可查阅。", Fixtures.labelled(passages, PassageKind.PARAGRAPH, "2").text());
        Passage footnote = Fixtures.labelled(passages, PassageKind.FOOTNOTE, "footnote 1");
        assertEquals("《贝伦联合声明》全文。.", footnote.text());
        assertEquals("1", footnote.parentLabel());
    }

    @Test
    void a_draft_decision_has_preambular_paragraphs_operative_paragraphs_and_items_labelled_with_their_paragraph() {
        // When
        List<Passage> passages = Fixtures.segment("draft-decision.txt");
        // Then
        List<String> shape = passages.stream().map(p -> p.kind() + ":" + p.label()).toList();
        assertEquals(List.of("HEADING:科学和技术委员会主席提交的决定草案", "PARAGRAPH:preamble", "PARAGRAPH:preamble",
                "PARAGRAPH:1", "RECOMMENDATION:1(a)", "RECOMMENDATION:1(b)", "PARAGRAPH:2", "HEADING:附件",
                "ANNEX:annex table 1"), shape);
        assertEquals("请秘书处探讨：(a) 汇编；(b) 分享。", Fixtures.labelled(passages, PassageKind.PARAGRAPH, "2").text());
        assertEquals("表 1直接驱动因素 子驱动因素牧场管理 家畜类型",
                Fixtures.labelled(passages, PassageKind.ANNEX, "annex table 1").text());
    }

    @Test
    void double_underscores_inside_words_and_names_are_not_taken_for_markdown_emphasis() {
        // Given a plain-text paragraph with identifiers that contain double underscores
        DocumentMeta meta = new DocumentMeta("u", null, null, "T", null, null, null, "en", null);
        String text = "1. The page sets window.__xss and keeps snake__case__names, but __this__ is emphasis.\n";

        // When it is segmented
        Passage p = Segmenter.create().segment(new SourceDocument(meta, text)).get(0);

        // Then only the free-standing __this__ loses its underscores
        assertEquals("The page sets window.__xss and keeps snake__case__names, but this is emphasis.", p.text());
    }

    @Test
    void passages_of_text_with_form_feeds_carry_the_page_they_start_on_and_others_carry_none() {
        // Given made-up PDF text: paragraph 2 starts on page 1 and runs on to page 2, paragraph 3 starts on page 3
        DocumentMeta meta = new DocumentMeta("paged", null, null, "T", null, null, null, "en", null);
        String paged = "1. The first paragraph of a made-up report.\n\n2. The second paragraph starts here\n\f"
                + "and runs on over the page.\n\f\n3. The third paragraph is on page three.\n";

        // When
        List<Passage> passages = Segmenter.create().segment(new SourceDocument(meta, paged));
        List<Passage> plain = Segmenter.create().segment(new SourceDocument(meta, paged.replace("\f", "")));

        // Then
        assertEquals(List.of("1", "2", "3"), passages.stream().map(Passage::label).toList());
        assertEquals(java.util.Arrays.asList(1, 1, 3), passages.stream().map(Passage::page).toList());
        assertEquals(java.util.Arrays.asList(null, null, null), plain.stream().map(Passage::page).toList());
    }
}
