package org.synergraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synergraph.config.Resources;

/** The metadata a document prints about itself, on made-up heads of documents. */
class MetadataFinderTest {
    private static final Resources RESOURCES = Resources.from(Optional.of(Path.of("").toAbsolutePath()));
    private final MetadataFinder finder = MetadataFinder.load(RESOURCES);

    @Test
    void every_example_in_the_data_is_found_exactly() throws IOException {
        JsonNode data = new ObjectMapper().readTree(RESOURCES.read(MetadataFinder.FILE));
        for (JsonNode entry : data.get("symbols")) {
            for (JsonNode example : entry.get("examples")) {
                String line = "Distribution: General\nMade-up report\n" + example.asText() + "\nOriginal: English\n";
                assertEquals(example.asText(), finder.find(line).symbol(), entry.get("name").asText());
            }
        }
        for (JsonNode entry : data.get("dates")) {
            entry.get("examples").fields().forEachRemaining(e -> assertEquals(e.getValue().asText(),
                    finder.find("Made-up session, held on " + e.getKey() + ", somewhere").date(), e.getKey()));
        }
        for (JsonNode entry : data.get("bodies")) {
            for (JsonNode example : entry.get("examples")) {
                assertEquals(example.asText(), finder.find("E\n\n  " + example.asText() + "  \n\nTwelfth session\n")
                        .body(), entry.get("name").asText());
            }
        }
    }

    @Test
    void an_english_head_gives_symbol_date_body_and_language_with_its_share() {
        // Given the head of a made-up English document
        String text = """
                COFO/2030/7.2
                FOOD AND AGRICULTURE ORGANIZATION OF THE UNITED NATIONS
                COMMITTEE ON FORESTRY
                Thirtieth Session
                Rome, 3-7 June 2030
                PROGRESS OF THE MADE-UP WOODLAND PARTNERSHIP
                1. The partnership met twice; see also document CL 170/4 of 12 March 2029.
                """;

        // When
        MetadataFinder.Detected d = finder.find(text);

        // Then the first of each in text order is taken
        assertEquals("en", d.language());
        assertEquals(1.0, d.languageShare());
        assertEquals("COFO/2030/7.2", d.symbol());
        assertEquals("2030-06-03", d.date());
        assertEquals("COMMITTEE ON FORESTRY", d.body());
    }

    @Test
    void a_chinese_head_with_latin_acronyms_is_chinese_and_gives_its_chinese_date() {
        String text = """
                ICCD/COP(30)/9
                《防治荒漠化公约》缔约方大会
                第三十届会议
                2031年10月2日至13日
                1. 全球虚构土壤联盟（GFSA）与 FAO 和 UNEP 合作，在 2031 年开展了 ICCD 项目。
                """;

        MetadataFinder.Detected d = finder.find(text);

        assertEquals("zh", d.language());
        assertTrue(d.languageShare() > 0.5 && d.languageShare() < 1.0, String.valueOf(d.languageShare()));
        assertEquals("ICCD/COP(30)/9", d.symbol());
        assertEquals("2031-10-02", d.date());
        assertEquals("《防治荒漠化公约》缔约方大会", d.body());
    }

    @Test
    void things_that_only_look_like_symbols_dates_or_bodies_are_not_taken() {
        String text = """
                A note on FAO/WHO cooperation and the 2030/2031 biennium
                The committee on the made-up fund meets when it can, in 2031.
                Page 12 of 40; see paragraphs 3/4 and 13 Smarch 2031.
                """;

        MetadataFinder.Detected d = finder.find(text);

        assertNull(d.symbol());
        assertNull(d.date());
        assertNull(d.body());
    }

    @Test
    void only_the_head_is_searched_and_empty_text_detects_nothing_but_english() {
        String text = "1. An untitled note.\n" + "Filler text of the body. ".repeat(200) + "\nFC 199/9 of 1 May 2031\n";

        MetadataFinder.Detected d = finder.find(text);

        assertNull(d.symbol());
        assertNull(d.date());
        MetadataFinder.Detected none = finder.find("");
        assertEquals("en", none.language());
        assertEquals(0.0, none.languageShare());
    }
}
