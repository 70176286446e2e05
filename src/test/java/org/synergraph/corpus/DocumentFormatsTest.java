package org.synergraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.synergraph.problem.Problem;

/** Each format reads to text, and each kind of bad file is refused with its own code and a clear message. */
class DocumentFormatsTest {
    private static final long MAX = 5L << 20;
    private final DocumentFormats formats = DocumentFormats.standard(MAX);

    private Problem refused(String name, byte[] bytes) {
        return assertThrows(Problem.class, () -> formats.text(name, bytes));
    }

    @Test
    void pdf_text_layer_keeps_the_corpus_lines_and_marks_pages_with_form_feeds() {
        String text = formats.text("004.pdf", FormatFixtures.corpusPdf());

        assertTrue(text.contains("\f"), "page breaks");
        assertFalse(text.contains("\u0000"), "glyphs without Unicode are dropped");
        String firstLine = FormatFixtures.corpusText().lines().filter(l -> l.strip().length() > 8).findFirst()
                .orElseThrow().strip();
        assertTrue(text.contains(firstLine), firstLine);
    }

    @Test
    void docx_gives_its_paragraphs_as_lines() {
        String text = formats.text("note.docx", FormatFixtures.docx("1. 全球土壤伙伴关系\n2. Second line"));

        assertEquals("1. 全球土壤伙伴关系\n2. Second line\n", text);
    }

    @Test
    void html_gives_only_the_main_content_without_chrome_scripts_or_handlers() {
        // Given a corpus sentence inside a page's <main>, around which sit navigation, a script and an onclick
        String paragraph = "全球土壤伙伴关系与粮农组织合作。";

        String text = formats.text("page.html", FormatFixtures.htmlPage(paragraph).getBytes(StandardCharsets.UTF_8));

        assertEquals("Report\n\n" + paragraph + "\n", text, "blocks are paragraphs, a blank line apart");
        for (String chrome : new String[] {"SCRIPT", "HEADER", "NAV", "ONCLICK", "NOSCRIPT", "ASIDE", "FORM",
                "FOOTER", "alert", "color"}) {
            assertFalse(text.contains(chrome), chrome + " in " + text);
        }
    }

    @Test
    void html_without_main_takes_the_body_less_its_chrome() {
        String page = "<html><body><nav>Menu</nav><p>First.</p><p>Second.</p><footer>Foot</footer></body></html>";

        assertEquals("First.\n\nSecond.\n", formats.text("p.htm", page.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void gb18030_text_is_decoded_right_and_utf8_is_preferred() {
        String zh = "1. 全球土壤伙伴关系与粮农组织在赞比亚合作。\n";

        assertEquals(zh, formats.text("gb.txt", zh.getBytes(Charset.forName("GB18030"))));
        assertEquals(zh, formats.text("u.md", zh.getBytes(StandardCharsets.UTF_8)));
        assertEquals(zh, formats.text("bom.txt", ("\uFEFF" + zh).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void text_in_neither_utf8_nor_gb18030_is_refused() {
        assertEquals("bad_encoding", refused("l.txt", "Caf\u00e9 in Ghana".getBytes(StandardCharsets.ISO_8859_1)).code());
    }

    @Test
    void a_file_that_is_not_what_its_extension_says_is_refused() {
        Problem pdfAsDocx = refused("report.docx", FormatFixtures.corpusPdf());
        assertEquals("wrong_format", pdfAsDocx.code());
        assertTrue(pdfAsDocx.getMessage().contains("is not a Word (.docx) document: its content is a PDF"),
                pdfAsDocx.getMessage());
        assertEquals("wrong_format", refused("report.pdf", "just text".getBytes(StandardCharsets.UTF_8)).code());
        assertEquals("wrong_format", refused("notes.txt", FormatFixtures.docx("x")).code());
        assertEquals("wrong_format", refused("old.docx", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})
                .code());
        assertEquals("unsupported_file", refused("sheet.xlsx", new byte[] {1}).code());
    }

    @Test
    void an_encrypted_pdf_is_refused() {
        Problem p = refused("locked.pdf", FormatFixtures.encryptedPdf());

        assertEquals("encrypted_pdf", p.code());
    }

    @Test
    void a_scanned_pdf_without_text_layer_is_refused_not_ingested_empty() {
        Problem p = refused("scan.pdf", FormatFixtures.scannedPdf());

        assertEquals("no_text_layer", p.code());
        assertTrue(p.getMessage().contains("no text layer"), p.getMessage());
    }

    @Test
    void a_zip_bomb_disguised_as_docx_is_refused_quickly() {
        byte[] bomb = FormatFixtures.zipBomb();
        assertTrue(bomb.length < 1 << 20, "the bomb is small: " + bomb.length);

        Problem p = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refused("bomb.docx", bomb));

        assertEquals("zip_bomb", p.code(), p.getMessage());
    }

    @Test
    void empty_and_oversize_files_are_refused() {
        assertEquals("empty_file", refused("empty.pdf", new byte[0]).code());
        Problem big = refused("big.txt", new byte[(int) MAX + 1]);
        assertEquals("file_too_large", big.code());
        assertEquals(Problem.Kind.TOO_LARGE, big.kind());
    }
}
