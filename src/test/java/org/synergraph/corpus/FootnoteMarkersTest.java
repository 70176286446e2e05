package org.synergraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FootnoteMarkersTest {

    @Test
    void a_number_after_a_space_and_glued_to_the_next_character_is_a_marker() {
        // Given
        FootnoteMarkers markers = FootnoteMarkers.forFootnotes(Set.of(1, 2));
        // When
        FootnoteMarkers.Stripped s = markers.strip("（第十一届会议） 1和 2024 年 6 月（第十二届会议） 2。");
        // Then
        assertEquals("（第十一届会议）和 2024 年 6 月（第十二届会议）。", s.text());
        assertEquals(List.of(1, 2), s.cited());
    }

    @Test
    void ordinary_numbers_stay() {
        // Given
        FootnoteMarkers markers = FootnoteMarkers.forFootnotes(Set.of(1, 2, 3));
        // When
        FootnoteMarkers.Stripped s = markers.strip("工作组 1—土壤养分监测；第 1 阶段；2025年2月；已有 127 位农民");
        // Then
        assertEquals("工作组 1—土壤养分监测；第 1 阶段；2025年2月；已有 127 位农民", s.text());
        assertEquals(List.of(), s.cited());
    }

    @Test
    void markers_glued_after_brackets_quotes_and_before_punctuation_are_found() {
        // Given
        FootnoteMarkers markers = FootnoteMarkers.forFootnotes(Set.of(7, 8, 9, 10));
        // When
        FootnoteMarkers.Stripped s = markers.strip("《肥料规范》7。“工具箱”8内容，项目9。第十一届会议 10,11");
        // Then
        assertEquals("《肥料规范》。“工具箱”内容，项目。第十一届会议 10,11", s.text());
        assertEquals(List.of(7, 8, 9), s.cited());
    }

    @Test
    void a_number_further_on_waits_when_the_expected_marker_follows_later() {
        // Given: footnote 9 is next; "目标 10、" is an ordinary number in a list
        FootnoteMarkers markers = FootnoteMarkers.forFootnotes(Set.of(9, 10));
        // When
        FootnoteMarkers.Stripped s = markers.strip("目标 8、目标 10、目标 13 相关。重新造林”9。");
        // Then
        assertEquals("目标 8、目标 10、目标 13 相关。重新造林”。", s.text());
        assertEquals(List.of(9), s.cited());
    }

    @Test
    void markdown_superscripts_are_markers() {
        FootnoteMarkers markers = FootnoteMarkers.forFootnotes(Set.of(1));
        assertEquals("《贝伦联合声明》,以及", markers.strip("《贝伦联合声明》<sup>1</sup>,以及").text());
    }
}
