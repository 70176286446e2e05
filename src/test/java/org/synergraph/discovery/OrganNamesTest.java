package org.synergraph.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synergraph.discovery.DiscoveryFixture.FINDER;
import static org.synergraph.discovery.DiscoveryFixture.GAZETTEER;
import static org.synergraph.discovery.DiscoveryFixture.paragraphs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synergraph.corpus.DocumentMeta;
import org.synergraph.corpus.Passage;
import org.synergraph.extract.Entity;
import org.synergraph.extract.MeetingBody;

/** A meeting report's organs named by their kind alone become its meeting body's organs, on sentences of our own. */
class OrganNamesTest {
    private static final Entity COAG = GAZETTEER.byId("org:coag").orElseThrow();

    private static EntityDiscovery.Result discover(Entity body, String... texts) {
        List<Passage> ps = paragraphs("t", texts);
        return DiscoveryFixture.DISCOVERY.discover(ps, p -> FINDER.find(p.text()), body);
    }

    @Test
    void a_bare_drafting_committee_is_the_meeting_bodys_organ_and_found_again_later() {
        EntityDiscovery.Result r = discover(COAG, "委员会任命了一个起草委员会，由比利时和巴西代表团组成。", "起草委员会提交了报告草稿。");

        DiscoveredEntity d = r.entities().get(0);
        assertEquals(COAG.nameZh() + "起草委员会", d.entity().nameZh());
        assertEquals("org:coag", d.entity().partOf());
        assertEquals(List.of("起草委员会"), d.entity().aliasesZh());
        assertTrue(r.mentions().get("t#1").stream().anyMatch(m -> m.entityId().equals(d.entity().id())
                && m.start() == 0 && m.end() == 5));
    }

    @Test
    void english_drafting_committee_is_named_after_the_body() {
        EntityDiscovery.Result r = discover(COAG, "The Committee appointed a Drafting Committee composed of Belgium and Brazil.");

        assertEquals(List.of("Drafting Committee of the " + COAG.nameEn()),
                r.entities().stream().map(e -> e.entity().nameEn()).toList());
    }

    @Test
    void an_organ_word_ending_a_longer_name_or_without_a_meeting_body_gives_nothing() {
        assertEquals(List.of(), discover(COAG, "公约起草委员会和 Regional Bureau 举行了会议。").entities().stream()
                .filter(e -> "organ".equals(e.construction())).toList());
        assertEquals(List.of(), discover(null, "委员会任命了一个起草委员会。").entities());
    }

    @Test
    void the_meeting_body_is_the_one_organisation_the_title_names() {
        DocumentMeta report = new DocumentMeta("t", null, null, "Report of the Thirty-first Session of the Committee on Agriculture",
                "FAO Council", null, null, "zh", "t.txt");
        DocumentMeta two = new DocumentMeta("t", null, null, "Joint report of FAO and UNEP", null, null, null, "en", "t.txt");

        assertEquals("org:coag", MeetingBody.of(report, FINDER).id());
        assertEquals(null, MeetingBody.of(two, FINDER));
    }
}
