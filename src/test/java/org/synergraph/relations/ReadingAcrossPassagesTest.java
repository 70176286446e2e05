package org.synergraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synergraph.config.Resources;
import org.synergraph.corpus.DocumentMeta;
import org.synergraph.corpus.Segmenter;
import org.synergraph.corpus.SourceDocument;
import org.synergraph.extract.CuratedAssertions;
import org.synergraph.extract.Gazetteer;
import org.synergraph.extract.Mention;
import org.synergraph.extract.MentionFinder;
import org.synergraph.ingest.Pipeline;

/**
 * What a passage means through the one before it and through the names the gazetteer derives: "the programme" of
 * a paragraph is the programme the paragraph before named; a body's acronym inside a name stands for its full name.
 * Sentences written for this test.
 */
class ReadingAcrossPassagesTest {
    private static Pipeline pipeline;
    private static MentionFinder finder;

    @BeforeAll
    static void load() {
        Resources resources = Resources.from(Optional.of(Path.of("").toAbsolutePath()));
        Gazetteer gazetteer = Gazetteer.load(resources);
        finder = MentionFinder.of(gazetteer);
        pipeline = new Pipeline(Segmenter.create(), finder, RelationReader.load(resources), CuratedAssertions.none());
    }

    /** One paragraph (the segmenter joins short lines as a wrapped paragraph's). */
    private static final String OPENED = "The UN-REDD Programme opened a regional office last year in Nairobi, where "
            + "a small team now works with the forest services of several countries.\n";

    private static Set<String> facts(String text) {
        DocumentMeta meta = new DocumentMeta("t", null, null, "test", null, null, "2026", "en", "t.txt");
        return pipeline.extract(new SourceDocument(meta, text)).relations().stream()
                .map(r -> r.subjectId() + " " + r.type() + " " + r.objectId()).collect(Collectors.toSet());
    }

    @Test
    void the_programme_of_a_paragraph_is_the_one_the_paragraph_before_named() {
        Set<String> got = facts(OPENED + "The programme is funded by Norway, which has also paid for the training of "
                + "forest officers in the region over the last three years.\n");
        assertTrue(got.contains("country:NOR FUNDS initiative:un_redd"), got.toString());
    }

    @Test
    void a_name_two_paragraphs_back_is_not_what_the_programme_means_when_the_story_is_about_another_body() {
        Set<String> got = facts("FAO met its partners in Rome in May to discuss the forest work of the coming years, "
                + "with a long agenda and many reports on the table.\n" + OPENED
                + "Its staff met farmers, officials and researchers for a week in several provinces to hear what "
                + "they expect of the work in the years to come.\n"
                + "The programme is funded by Norway, which has also paid for the training of forest officers in "
                + "the region over the last three years.\n");
        assertFalse(got.contains("country:NOR FUNDS initiative:un_redd"), got.toString());
    }

    @Test
    void an_acronym_opening_a_name_also_stands_as_the_full_name_and_dashes_as_spaces() {
        List<String> ids = finder.find("UNDP is the implementing agency for the Global Environment Facility Small "
                + "Grants Programme, and FAO works with the UN REDD Programme.").stream().map(Mention::entityId).toList();
        assertEquals(List.of("org:undp", "initiative:gef_sgp", "org:fao", "initiative:un_redd"), ids);
    }

    @Test
    void a_known_acronym_joined_by_a_dash_to_another_capital_is_part_of_one_code() {
        List<String> ids = finder.find("The IC-CFS project and the FAO-led CFS-backed work.").stream()
                .map(Mention::entityId).toList();
        assertEquals(List.of("org:fao", "org:cfs"), ids);
    }

    @Test
    void the_country_is_the_country_just_named() {
        Set<String> got = facts("FAO met Norway in Oslo. The country is among the leading resource partners of the "
                + "UN-REDD Programme.\n");
        assertTrue(got.contains("country:NOR FUNDS initiative:un_redd"), got.toString());
    }

    @Test
    void officers_with_their_countries_lead_the_body_that_elected_them() {
        Set<String> got = facts("The Committee on Forestry met in Rome. It elected Ms Ana Ruiz (Peru) as its "
                + "Chairperson, and Mr Li Wei (China) was elected Vice-Chairperson.\n");
        assertTrue(got.containsAll(Set.of("country:PER LEADS org:cofo", "country:CHN LEADS org:cofo")), got.toString());
    }
}
