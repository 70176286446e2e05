package org.synergraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergraph.config.Resources;

/** The five seed documents in data/corpus/, segmented: facts a reader can check against the files. */
class SeedCorpusTest {
    private static final Resources RESOURCES = Resources.from(Optional.of(Path.of(".").toAbsolutePath()));

    private static List<Passage> passages(String id) {
        String file = RESOURCES.list("data/corpus", ".txt").stream().filter(f -> f.startsWith(id + "_")).findFirst()
                .orElseThrow();
        String symbol = id.equals("003") ? "ICCD/COP(17)/6" : null;
        return Segmenter.create().segment(Fixtures.document(id, symbol, RESOURCES.read("data/corpus/" + file)));
    }

    private static String paragraph(List<Passage> passages, int n) {
        return Fixtures.labelled(passages, PassageKind.PARAGRAPH, String.valueOf(n)).text();
    }

    @ParameterizedTest(name = "document {0} has numbered paragraphs 1 to {1}, each once")
    @CsvSource({"000, 24", "001, 77", "002, 8", "003, 31", "004, 49"})
    void every_numbered_paragraph_is_found_in_order(String id, int count) {
        // When
        List<String> numbered = passages(id).stream().filter(p -> p.kind() == PassageKind.PARAGRAPH)
                .map(Passage::label).filter(l -> l.matches("\\d+")).toList();
        // Then
        assertEquals(IntStream.rangeClosed(1, count).mapToObj(String::valueOf).toList(), numbered);
    }

    @ParameterizedTest(name = "document {0} passages are clean")
    @CsvSource({"000", "001", "002", "003", "004"})
    void passages_are_clean_trimmed_and_in_order(String id) {
        // When
        List<Passage> passages = passages(id);
        // Then
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            assertEquals(i, p.ordinal());
            assertEquals(id + "#" + i, p.id());
            assertFalse(p.text().isEmpty(), p::toString);
            assertEquals(p.text().strip(), p.text(), p::toString);
            assertFalse(p.text().contains("http") || p.text().contains("www."), p::toString);
            assertFalse(p.text().contains("\n") || p.text().contains("\r"), p::toString);
            assertFalse(p.text().codePoints().anyMatch(Cjk::isPrivateUse), p::toString);
            assertFalse(p.text().contains("<sup>"), p::toString);
        }
    }

    @ParameterizedTest(name = "document {0} footnotes stay out of the body")
    @CsvSource({"000", "001", "004"})
    void footnotes_are_passages_of_their_own_and_not_inside_body_text(String id) {
        // When
        List<Passage> passages = passages(id);
        // a footnote that is only a quoted title may legitimately be quoted in the body too
        List<String> footnotes = passages.stream().filter(p -> p.kind() == PassageKind.FOOTNOTE)
                .map(Passage::text).filter(t -> t.length() >= 10 && !t.matches("《[^《]*》")).toList();
        // Then
        assertFalse(footnotes.isEmpty());
        passages.stream().filter(p -> p.kind() != PassageKind.FOOTNOTE).forEach(p -> footnotes.forEach(
                f -> assertFalse(p.text().contains(f), () -> p.label() + " carries footnote text " + f)));
    }

    @Test
    void document_000_names_the_recsoil_and_soil_doctors_countries_in_paragraphs_4_and_5() {
        // When
        List<Passage> passages = passages("000");
        // Then
        assertTrue(passages.stream().anyMatch(p -> p.kind() == PassageKind.SUMMARY));
        assertTrue(paragraph(passages, 4).contains("全球农业土壤再碳化倡议已开始在哥斯达黎加、加纳、哈萨克斯坦、墨西哥、多哥和乌兹别克斯坦实施"));
        assertTrue(paragraph(passages, 4).contains("并在约 900 公顷土地上采用了可持续土壤管理做法"));
        assertTrue(paragraph(passages, 5).contains("“全球土壤医生计划”是一项农民培训倡议"));
        assertTrue(paragraph(passages, 5).contains("安提瓜和巴布达、孟加拉国、多民族玻利维亚国"));
        assertEquals("4", Fixtures.labelled(passages, PassageKind.FOOTNOTE, "footnote 12").parentLabel());
        assertEquals("粮农组织。全球土壤伙伴关系全体会议。 2023 。",
                Fixtures.labelled(passages, PassageKind.FOOTNOTE, "footnote 1").text());
    }

    @Test
    void document_000_suggested_action_has_items_a_to_i() {
        List<String> items = passages("000").stream().filter(p -> p.kind() == PassageKind.RECOMMENDATION)
                .map(Passage::label).toList();
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"), items);
    }

    @Test
    void document_001_has_a_summary_and_links_footnotes_glued_to_text() {
        List<Passage> passages = passages("001");
        assertTrue(passages.stream().anyMatch(p -> p.kind() == PassageKind.SUMMARY));
        assertTrue(paragraph(passages, 10).contains("《国际条约》已对巴林、哥伦比亚和南非生效"));
        assertEquals("17", Fixtures.labelled(passages, PassageKind.FOOTNOTE, "footnote 8").parentLabel());
        assertEquals("29", Fixtures.labelled(passages, PassageKind.FOOTNOTE, "footnote 20").parentLabel());
    }

    @Test
    void document_002_draft_decision_items_carry_their_paragraph_and_the_annex_has_two_tables() {
        List<Passage> passages = passages("002");
        assertEquals(15, passages.stream().filter(p -> p.kind() == PassageKind.RECOMMENDATION).count());
        assertTrue(Fixtures.labelled(passages, PassageKind.RECOMMENDATION, "4(g)").text().startsWith("鼓励继续努力应对伐木为薪"));
        assertEquals(12, passages.stream().filter(p -> p.label().equals("preamble")).count());
        assertEquals(List.of("annex", "annex table 1", "annex table 2"), passages.stream()
                .filter(p -> p.kind() == PassageKind.ANNEX).map(Passage::label).toList());
    }

    @Test
    void document_003_markdown_is_stripped_and_partners_are_in_paragraph_24() {
        List<Passage> passages = passages("003");
        assertTrue(passages.stream().anyMatch(p -> p.kind() == PassageKind.SUMMARY));
        assertTrue(paragraph(passages, 24).contains("和平森林倡议"));
        assertTrue(paragraph(passages, 20).contains("更多信息载于 ICCD/COP(17)/9 号文件"));
        assertFalse(passages.stream().anyMatch(p -> p.text().contains("#") || p.text().contains("](")));
    }

    @Test
    void document_004_reports_flegt_in_paragraphs_32_to_34() {
        List<Passage> passages = passages("004");
        assertTrue(paragraph(passages, 32).contains("“粮农组织-欧盟森林执法、治理和贸易计划”"));
        assertTrue(paragraph(passages, 33).contains("通过第三期开展的工作"));
        assertTrue(paragraph(passages, 34).contains("洪都拉斯正采用模块化方法实施该系统"));
        assertEquals(4, passages.stream().filter(p -> p.kind() == PassageKind.RECOMMENDATION).count());
        assertEquals("9", Fixtures.labelled(passages, PassageKind.FOOTNOTE, "footnote 9").parentLabel());
    }
}
