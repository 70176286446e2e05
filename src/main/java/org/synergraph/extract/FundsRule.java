package org.synergraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who pays for what. "由 A、B 和 C 供资" and "funded by A, B and C" (funders after the cue, the funded thing before);
 * "A 向 B 提供 X 万美元…用于支持 C"; "收到 A 的自愿捐款，用于 C"; "捐助方包括 A、B" and "donors include A" (the
 * passage's subject is funded); "预计 A、B 将提供更多捐助" (a pledge: status planned).
 */
final class FundsRule extends SentenceRule {
    private static final Pattern PASSIVE = Pattern.compile(
            "由|(?:funded|financed|sponsored|paid for) by|with (?:financial support|funding) from");
    private static final String PAY = "供资|资助|出资|提供资金|捐助|提供经费";
    private static final Pattern GIVE = Pattern.compile("提供(?:了)?(?:的)?");
    private static final Pattern RECEIVE = Pattern.compile("收到|获得");
    private static final Pattern GIFT = Pattern.compile("^\\s*(?:的)?(?:自愿|财政|额外)?(?:捐款|捐助|资助|供资|资金)");
    private static final Pattern DONORS = Pattern.compile(
            "(?:捐助方|供资方|出资方|捐助者|资源伙伴|donors|funders|funding partners)(?:包括|为|是|有|include|are)[：:\\s]*");
    private static final Pattern PLEDGE = Pattern.compile("^\\s*(?:将|还将|预计将|也将)?提供(?:更多|额外|新的)?(?:捐助|捐款|资金)");
    private static final Pattern PURPOSE = Pattern.compile("用于(?:支持|资助)?|(?:to support|for)\\s");

    @Override
    void applyTo(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        passive(v, s, ms, sentence);
        donorsInclude(v, s, ms, sentence);
        for (int i = 0; i < ms.size(); i++) {
            Mention funder = ms.get(i);
            if (!v.isActor(funder) && v.type(funder) != EntityType.COUNTRY) {
                continue;
            }
            giveOrReceive(v, s, ms, funder);
        }
        pledges(v, s, ms);
        fundersThenVerb(v, s, ms);
        resourcePartners(v, s, ms);
    }

    /** "（A、B 和 C 供资 1500 万美元）": no 由, so the funded thing is the section's topic or the sentence's subject. */
    private static void fundersThenVerb(PassageView v, Spans.Span s, List<Mention> ms) {
        String text = v.text();
        for (int i = 0; i < ms.size(); i++) {
            List<Mention> list = EntityLists.forward(text, ms, i, m -> v.isActor(m) || v.type(m) == EntityType.COUNTRY);
            if (list.isEmpty()) {
                continue;
            }
            int end = ActiveInRule.endOf(ms, i, list);
            String before = text.substring(Math.max(s.start(), list.get(0).start() - 1), list.get(0).start());
            Matcher m = Pattern.compile("^\\s*(?:" + PAY + ")\\s*\\d").matcher(text.substring(end, s.end()));
            String funded = v.topic() != null ? v.topic() : v.subjectFor(s);
            if (m.find() && !before.equals("由") && funded != null) {
                Spans.Span quote = new Spans.Span(list.get(0).start(), ActiveInRule.localEnd(text, s, end + m.end()));
                Cues.Money money = Cues.money(text.substring(end, quote.end()));
                list.forEach(f -> add(v, f, funded, money, null, 0.6, quote));
            }
            i += ActiveInRule.countAt(ms, i, end) - 1;
        }
    }

    /** "A 与 B、C 和 D 等多个资源伙伴合作": resource partners are the ones who pay. */
    private static void resourcePartners(PassageView v, Spans.Span s, List<Mention> ms) {
        String text = v.text();
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention a = ms.get(i);
            if (!v.isActor(a) || !text.startsWith("与", a.end())) {
                continue;
            }
            List<Mention> list = Cues.actorsAfter(v, ms, a.end() + 1, 1);
            if (list.isEmpty()) {
                continue;
            }
            int end = list.get(list.size() - 1).end();
            String rest = text.substring(end, ActiveInRule.localEnd(text, s, end));
            if (rest.matches("(?s)^[^，。；]{0,12}?等?(?:多个|其他)?(?:资源伙伴|捐助方|供资方).*")) {
                Spans.Span quote = new Spans.Span(a.start(), ActiveInRule.localEnd(text, s, end));
                list.stream().filter(v::isActor).forEach(f -> add(v, f, a.entityId(), null, null, 0.65, quote));
            }
        }
    }

    private static void passive(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        Matcher m = PASSIVE.matcher(sentence);
        while (m.find()) {
            int cue = s.start() + m.end();
            List<Mention> funders = Cues.actorsAfter(v, ms, cue, 2);
            if (funders.isEmpty()) {
                continue;
            }
            int after = funders.get(funders.size() - 1).end();
            String rest = v.text().substring(after, Math.min(s.end(), after + 24));
            boolean english = m.group().length() > 1;
            if (!english && !rest.matches("(?s)^\\s*[）)]?\\s*(?:共同|联合)?(?:" + PAY + ").*")) {
                continue;
            }
            if (!english && rest.matches("(?s)^\\s*[）)]?\\s*(?:共同|联合)?(?:" + PAY + ")[^，,。；]{0,12}的.*")) {
                projectsOf(v, s, ms, s.start() + m.start(), funders);
                continue;
            }
            Mention funded = Cues.actorBefore(v, ms, s.start() + m.start(), 60);
            if (funded == null) {
                continue;
            }
            Spans.Span quote = new Spans.Span(Math.min(funded.start(), s.start() + m.start()),
                    ActiveInRule.clauseEnd(v.text(), s, after));
            Cues.Money money = Cues.money(v.text().substring(quote.start(), quote.end()));
            funders.forEach(f -> add(v, f, funded.entityId(), money, null, 0.85, quote));
        }
    }

    /** "A 其他项目，特别是由 B 资助的项目": the projects are A's, so B funds A. */
    private static void projectsOf(PassageView v, Spans.Span s, List<Mention> ms, int cue, List<Mention> funders) {
        Mention owner = Cues.actorBefore(v, ms, cue, 20);
        if (owner == null) {
            return;
        }
        String between = v.text().substring(owner.end(), cue);
        if (between.matches("(?s)^(?:的)?(?:其他)?(?:项目|计划)[，,]?\\s*(?:特别是|尤其是|包括)?\\s*$")) {
            Spans.Span quote = new Spans.Span(owner.start(), ActiveInRule.clauseEnd(v.text(), s, cue));
            funders.stream().filter(v::isActor).forEach(f -> add(v, f, owner.entityId(), null, null, 0.65, quote));
        }
    }

    private static void donorsInclude(PassageView v, Spans.Span s, List<Mention> ms, String sentence) {
        Matcher m = DONORS.matcher(sentence);
        while (m.find()) {
            List<Mention> funders = Cues.actorsAfter(v, ms, s.start() + m.end(), 2);
            String funded = v.subjectFor(s);
            if (funders.isEmpty() || funded == null) {
                continue;
            }
            Spans.Span quote = new Spans.Span(s.start() + m.start(), funders.get(funders.size() - 1).end());
            funders.forEach(f -> add(v, f, funded, null, null, 0.75, quote));
        }
    }

    private static void giveOrReceive(PassageView v, Spans.Span s, List<Mention> ms, Mention funder) {
        String text = v.text();
        String before = text.substring(Math.max(s.start(), funder.start() - 3), funder.start());
        String after = text.substring(funder.end(), Math.min(s.end(), funder.end() + 40));
        String funded = null;
        int from;
        if (RECEIVE.matcher(before).find() && GIFT.matcher(after).find()) {
            funded = v.subjectFor(s);
            from = funder.end();
        } else {
            int k = ms.indexOf(funder);
            Matcher give = GIVE.matcher(after);
            boolean toward = after.matches("(?s)^(?:继续|还|也|已|将|每年)?向.*") && k + 1 < ms.size()
                    && v.isActor(ms.get(k + 1)) && ms.get(k + 1).start() - funder.end() <= 3;
            if (!toward) {
                return;
            }
            Mention recipient = ms.get(k + 1);
            int afterRecipient = recipient.end();
            String tail = text.substring(afterRecipient, Math.min(s.end(), afterRecipient + 30));
            if (!tail.matches("(?s)^\\s*" + GIVE.pattern() + ".{0,14}?(?:捐款|捐助|资金|资助|供资).*") || !give.find()) {
                return;
            }
            funded = recipient.entityId();
            from = afterRecipient;
        }
        int end = ActiveInRule.clauseEnd(text, s, from);
        Spans.Span quote = new Spans.Span(funder.start(), end);
        Cues.Money money = Cues.money(text.substring(funder.end(), end));
        if (funded != null) {
            add(v, funder, funded, money, null, 0.8, quote);
        }
        purposes(v, s, ms, funder, end, money);
    }

    /** "…，用于支持 A、B 和 C 的活动": the gift funds each of them. */
    private static void purposes(PassageView v, Spans.Span s, List<Mention> ms, Mention funder, int from,
                                 Cues.Money money) {
        String text = v.text();
        int stop = Math.min(s.end(), from + 12);
        Matcher m = PURPOSE.matcher(text.substring(from, stop));
        if (!m.find()) {
            return;
        }
        int cue = from + m.end();
        List<Mention> targets = Cues.actorsAfter(v, ms, cue, 3);
        if (targets.isEmpty()) {
            return;
        }
        Spans.Span quote = new Spans.Span(funder.start(), ActiveInRule.clauseEnd(text, s, targets.get(targets.size() - 1).start()));
        targets.forEach(t -> add(v, funder, t.entityId(), money, null, 0.75, quote));
    }

    private static void pledges(PassageView v, Spans.Span s, List<Mention> ms) {
        String text = v.text();
        for (int i = 0; i < ms.size(); i++) {
            List<Mention> list = EntityLists.forward(text, ms, i, m -> v.isActor(m) || v.isPlace(m));
            if (list.isEmpty()) {
                continue;
            }
            int end = ActiveInRule.endOf(ms, i, list);
            Matcher m = PLEDGE.matcher(text.substring(end, s.end()));
            String funded = v.subjectFor(s);
            String before = text.substring(Math.max(s.start(), list.get(0).start() - 1), list.get(0).start());
            if (m.find() && funded != null && !before.matches("[向为给对]")) {
                Spans.Span quote = new Spans.Span(ActiveInRule.clauseStart(text, s, list.get(0).start()), end + m.end());
                Integer year = Cues.year(text.substring(quote.start(), quote.end()));
                String status = text.substring(quote.start(), quote.end()).matches("(?s).*(?:预计|将).*") ? "planned" : null;
                list.forEach(f -> add(v, f, funded, null, status, 0.7, quote, year));
            }
            i += ActiveInRule.countAt(ms, i, end) - 1;
        }
    }

    private static void add(PassageView v, Mention funder, String funded, Cues.Money money, String status,
                            double confidence, Spans.Span quote) {
        add(v, funder, funded, money, status, confidence, quote, Cues.year(v.text().substring(quote.start(), quote.end())));
    }

    private static void add(PassageView v, Mention funder, String funded, Cues.Money money, String status,
                            double confidence, Spans.Span quote, Integer year) {
        v.add(funder.entityId(), RelationType.FUNDS, funded, status, money == null ? null : money.amount(),
                money == null ? null : money.currency(), year, confidence, quote);
    }
}
