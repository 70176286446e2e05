package org.synergraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.Mention;

/**
 * Groups a sentence's mentions into arguments: names joined by a coordinator of the catalogue ("、", "和", "and")
 * form one group when they are of one class (actors or places); a name repeated in brackets right after itself
 * ("全球环境基金（全环基金）") is one member, and so are places a region's bracket names ("近东和北非（黎巴嫩和也门）": the
 * countries are the argument, the regions only their label). In English a bare comma joins only a list that closes with "and"/"or".
 */
final class Coordination {
    private static final Pattern DECORATION = Pattern.compile("[\\s《》“”\"]+");
    private static final Pattern ARTICLE = Pattern.compile("(?i)\\bthe\\b");
    /** A footnote number printed right after a name ("巴林 2、哥伦比亚 3和南非"): not part of the list's joiner. */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("^\\s*\\d{1,3}(?=\\s*\\S)");
    private final Pattern joiners;
    /** "USD 9 million from A, and USD 1.6 million from B": amounts from several funders list the funders. */
    private final Pattern amountJoiner;
    private final boolean english;

    private final Pattern countrySuffix;

    /**
     * @param joiners         words that join names into a list ("、", "和", "and")
     * @param countrySuffixes words that may follow a country's name inside a list ("政府": "西班牙政府和塞内加尔政府")
     */
    Coordination(List<String> joiners, List<String> countrySuffixes, List<String> currencies, boolean english) {
        this.joiners = Pattern.compile("(?:" + Catalogue.alternation(joiners) + ")", english
                ? Pattern.CASE_INSENSITIVE : 0);
        String money = currencies.isEmpty() ? "(?!)" : Catalogue.alternation(currencies);
        this.amountJoiner = !english ? null : Pattern.compile("(?i),?\\s*(?:and|as well as|plus)\\s+(?:by\\s+)?"
                + "(?:a further |another |an additional )?(?:(?:" + money + ")\\s?)?[\\d.,]+(?:\\s*(?:million|billion|m|bn))?"
                + "(?:\\s*(?:" + money + "))?\\s+(?:each\\s+)?(?:from|by)");
        this.countrySuffix = countrySuffixes.isEmpty() ? null
                : Pattern.compile("^(?:" + Catalogue.alternation(countrySuffixes) + ")\\s*");
        this.english = english;
    }

    /** The groups of mentions sorted by start, none overlapping (a mention overlapping an earlier one is dropped). */
    List<Group> groups(String text, List<Mention> given, Function<String, EntityType> typeOf,
                       List<Mention> anaphors) {
        List<Mention> mentions = english ? withDefinedNames(text, given) : given;
        List<Group> out = new ArrayList<>();
        List<Mention> members = new ArrayList<>();
        List<EntityType> types = new ArrayList<>();
        int start = -1;
        int end = -1;
        boolean listOpenByComma = false;
        int commaMembers = 0;
        boolean elaborating = false;
        for (Mention m : mentions) {
            EntityType t = typeOf.apply(m.entityId());
            if (t == null || m.start() < end) {
                continue;
            }
            if (!members.isEmpty()) {
                String gap = text.substring(end, m.start());
                gap = FOOTNOTE_MARK.matcher(gap).replaceFirst("");
                if (countrySuffix != null && types.get(types.size() - 1) == EntityType.COUNTRY) {
                    gap = countrySuffix.matcher(gap.strip()).replaceFirst("");
                }
                String bare = DECORATION.matcher(english ? ARTICLE.matcher(gap).replaceAll(" ") : gap)
                        .replaceAll(" ").strip();
                boolean sameClass = joinable(types, t);
                if (sameName(members, m) && bare.matches("[（(]")) {
                    end = closing(text, m.end());
                    continue;
                }
                if (bare.matches("[（(]") && Group.isPlace(t) && types.stream().allMatch(Group::isPlace)) {
                    elaborating = true;
                    if (t == EntityType.COUNTRY && types.stream().allMatch(x -> x == EntityType.REGION)) {
                        members.clear();
                        types.clear();
                    }
                    if (members.stream().noneMatch(x -> x.entityId().equals(m.entityId()))) {
                        members.add(m);
                        types.add(t);
                    }
                    end = m.end();
                    continue;
                }
                boolean comma = english && bare.equals(",");
                boolean listComma = !english && (bare.equals(",") || bare.equals("，"))
                        && t == types.get(types.size() - 1);
                boolean clauseJoin = english && members.size() == 1 && bare.matches("(?i),\\s*and");
                if (sameClass && !bare.isEmpty() && !clauseJoin
                        && (comma || listComma || joiners.matcher(bare).matches())
                        || amountJoiner != null && amountJoiner.matcher(bare).matches()) {
                    if (comma && !listOpenByComma) {
                        listOpenByComma = true;
                        commaMembers = members.size();
                    } else if (!comma) {
                        listOpenByComma = false;
                    }
                    if (members.stream().noneMatch(x -> x.entityId().equals(m.entityId()))) {
                        members.add(m);
                        types.add(t);
                    }
                    end = m.end();
                    continue;
                }
                if (elaborating) {
                    end = closing(text, end);
                    elaborating = false;
                }
                close(out, members, types, start, end, listOpenByComma, commaMembers, anaphors);
            }
            members = new ArrayList<>(List.of(m));
            types = new ArrayList<>(List.of(t));
            start = m.start();
            end = m.end();
            listOpenByComma = false;
        }
        if (!members.isEmpty()) {
            close(out, members, types, start, elaborating ? closing(text, end) : end, listOpenByComma, commaMembers,
                    anaphors);
        }
        return out;
    }

    /** Capitalised words and the connectors inside English names, ending right before " (ACRONYM)". */
    private static final Pattern NAME_BEFORE_BRACKET = Pattern.compile(
            "((?:[A-Z][\\w'’-]*\\s+(?:(?:of|for|and|on|in|the|de|to|&)\\s+)*){2,10})\\(\\s*$");

    /**
     * "the International Centre for Research in Agroforestry (ICRAF)": a known acronym in brackets after a name
     * nobody listed names that name too, so the mention is taken to start where the name does.
     */
    private static List<Mention> withDefinedNames(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        int previousEnd = 0;
        for (Mention m : mentions) {
            int open = m.start() - 1;
            while (open >= 0 && text.charAt(open) == ' ') {
                open--;
            }
            int close = m.end();
            while (close < text.length() && text.charAt(close) == ' ') {
                close++;
            }
            boolean acronym = m.surface().length() >= 2 && m.surface().chars().noneMatch(Character::isLowerCase);
            if (acronym && open > previousEnd && text.charAt(open) == '(' && close < text.length()
                    && text.charAt(close) == ')') {
                String before = text.substring(previousEnd, open + 1);
                Matcher name = NAME_BEFORE_BRACKET.matcher(before);
                if (name.find()) {
                    int start = previousEnd + name.start(1);
                    out.add(new Mention(m.entityId(), start, close + 1, text.substring(start, close + 1)));
                    previousEnd = close + 1;
                    continue;
                }
            }
            out.add(m);
            previousEnd = Math.max(previousEnd, m.end());
        }
        return out;
    }

    /** Ends a group; an English "A, B" left open by its comma is two groups, "A" and "B". */
    private static void close(List<Group> out, List<Mention> members, List<EntityType> types, int start, int end,
                              boolean openByComma, int commaMembers, List<Mention> anaphors) {
        if (openByComma && commaMembers > 0 && commaMembers < members.size()) {
            Mention lastOfFirst = members.get(commaMembers - 1);
            out.add(group(members.subList(0, commaMembers), types.subList(0, commaMembers), start,
                    lastOfFirst.end(), anaphors));
            List<Mention> rest = members.subList(commaMembers, members.size());
            out.add(group(rest, types.subList(commaMembers, types.size()), rest.get(0).start(), end, anaphors));
            return;
        }
        out.add(group(members, types, start, end, anaphors));
    }

    private static Group group(List<Mention> members, List<EntityType> types, int start, int end,
                               List<Mention> anaphors) {
        boolean anaphor = members.size() == 1 && anaphors.contains(members.get(0));
        return new Group(List.copyOf(members), List.copyOf(types), start, end, anaphor);
    }

    /**
     * Places join places and actors join actors; a country also joins a list of actors and countries, as donors
     * and members are ("德国、挪威和作物信托基金"). A region joins only places.
     */
    private static boolean joinable(List<EntityType> group, EntityType t) {
        boolean placesOnly = group.stream().allMatch(Group::isPlace);
        if (Group.isPlace(t)) {
            return placesOnly || t == EntityType.COUNTRY && group.stream().noneMatch(x -> x == EntityType.REGION);
        }
        return !placesOnly || group.stream().allMatch(x -> x == EntityType.COUNTRY);
    }

    private static boolean sameName(List<Mention> members, Mention m) {
        return members.get(members.size() - 1).entityId().equals(m.entityId());
    }

    private static int closing(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '）' || text.charAt(i) == ')') ? i + 1 : at;
    }
}
