package org.synergraph.extract;

import java.util.List;

/** A rule that reads a passage one sentence at a time: the sentence's span, its mentions and its text. */
abstract class SentenceRule implements RelationRules.Rule {

    @Override
    public void apply(PassageView v) {
        for (Spans.Span s : v.sentences()) {
            applyTo(v, s, v.mentionsIn(s), v.text().substring(s.start(), s.end()));
        }
    }

    /** Finds relations in one sentence {@code s} of the passage, whose mentions are {@code ms}. */
    abstract void applyTo(PassageView v, Spans.Span s, List<Mention> ms, String sentence);
}
