package org.synergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words that point back to a programme or body ("该计划", "本倡议", "the programme") and resolves each to the
 * subject of an earlier sentence of the passage, or to the passage's topic when no sentence before names one.
 */
final class Anaphors {
    private static final Pattern ZH = Pattern.compile(
            "(?:该|本|此项|此|这一|该项)(计划|倡议|项目|方案|机制|伙伴关系|网络|基金|举措|联盟|平台)");
    private static final Pattern ZH_BARE = Pattern.compile("(?:^|(?<=[，,：:]))\\s*(伙伴关系|基金|倡议)(?!的)");
    private static final Pattern EN = Pattern.compile(
            "\\b(?:[Tt]he|[Tt]his) (programme|program|initiative|project|partnership|mechanism|network|fund|facility)\\b"
                    + "|^(It)\\b");

    private Anaphors() {
    }

    /**
     * Mentions for the anaphors of a text that do not overlap a real mention.
     *
     * @param subjects the sentence subjects found so far, as mentions in text order
     * @param topic    the passage's topic from its context (section heading, cited paragraph), or null
     */
    static List<Mention> resolve(String text, List<Mention> real, List<Spans.Span> sentences, List<Mention> subjects,
                                 String topic) {
        List<Mention> out = new ArrayList<>();
        for (Spans.Span s : sentences) {
            String sentence = text.substring(s.start(), s.end());
            for (Pattern p : List.of(ZH, ZH_BARE, EN)) {
                Matcher m = p.matcher(sentence);
                while (m.find()) {
                    int start = s.start() + m.start();
                    int end = s.start() + m.end();
                    if (overlaps(real, start, end)) {
                        continue;
                    }
                    String noun = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
                    String id = antecedent(subjects, start, noun, topic);
                    if (id != null) {
                        out.add(new Mention(id, start, end, text.substring(start, end)));
                    }
                }
            }
        }
        return out;
    }

    private static String antecedent(List<Mention> subjects, int before, String noun, String topic) {
        Mention fallback = null;
        for (int i = subjects.size() - 1; i >= 0; i--) {
            Mention m = subjects.get(i);
            if (m.end() > before) {
                continue;
            }
            if (fallback == null) {
                fallback = m;
            }
            if (noun != null && m.surface().toLowerCase(java.util.Locale.ROOT).contains(noun.toLowerCase(
                    java.util.Locale.ROOT))) {
                return m.entityId();
            }
        }
        return fallback != null ? fallback.entityId() : topic;
    }

    private static boolean overlaps(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }
}
