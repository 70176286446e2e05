package org.synergraph.discovery;

import java.util.ArrayList;
import java.util.List;
import org.synergraph.extract.Mention;

/** The constructions of one catalogue, applied to a passage's text: head-word phrases (with acronyms and
 * national bodies), 《titles》, “quoted” programme names and international years. */
final class PassageReader {
    private final HeadWordPhrases chinese;
    private final EnglishHeadWordPhrases english;
    private final TitledNames titles;
    private final YearNames years;
    private final NationalBodies nationalBodies;
    private final InitialsDefinitions initials;
    private final QuotedNames quoted;

    PassageReader(DiscoveryCatalogue catalogue, KnownNames known) {
        boolean zh = "zh".equals(catalogue.language());
        this.chinese = zh ? new HeadWordPhrases(catalogue, known) : null;
        this.english = zh ? null : new EnglishHeadWordPhrases(catalogue, known);
        this.titles = zh && !catalogue.titleHeads().isEmpty() ? new TitledNames(catalogue) : null;
        this.years = catalogue.yearNames() == null ? null : new YearNames(catalogue);
        this.nationalBodies = new NationalBodies(catalogue, known);
        this.initials = new InitialsDefinitions(catalogue);
        this.quoted = catalogue.quotedNameHeads().isEmpty() ? null : new QuotedNames(catalogue);
    }

    List<Candidate> read(String text, List<Mention> mentions) {
        List<Candidate> out = new ArrayList<>();
        List<Candidate> phrases = chinese != null ? chinese.find(text, mentions) : english.find(text, mentions);
        for (Candidate c : phrases) {
            Candidate read = nationalBodies.mark(text, AcronymDefinitions.attach(text, c), mentions);
            if (read.isName()) {
                out.add(read);
            }
        }
        if (english != null) {
            out.addAll(initials.find(text, mentions));
        } else {
            out.addAll(initials.codeNames(text, mentions));
        }
        if (titles != null) {
            out.addAll(titles.find(text, mentions));
        }
        if (quoted != null) {
            out.addAll(quoted.find(text, mentions));
        }
        if (years != null) {
            out.addAll(years.find(text, mentions));
        }
        return out;
    }
}
