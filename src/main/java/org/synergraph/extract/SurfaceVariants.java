package org.synergraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The strings that name an entity: its names and aliases, plus how Chinese text writes titles and quotations. */
final class SurfaceVariants {
    private SurfaceVariants() {
    }

    /**
     * Names and aliases, each also without 《》 and without “”; Chinese forms of entities other than countries
     * also with 《》 around them, as titles of instruments are printed.
     */
    static Set<String> of(Entity entity) {
        Set<String> forms = new LinkedHashSet<>();
        Stream.of(List.of(nullToEmpty(entity.nameZh()), nullToEmpty(entity.nameEn())), entity.aliasesZh(),
                        entity.aliasesEn())
                .flatMap(List::stream)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(form -> addVariants(forms, form, entity.type() != EntityType.COUNTRY));
        return forms;
    }

    private static void addVariants(Set<String> forms, String form, boolean titles) {
        forms.add(form);
        String unquoted = strip(form, '“', '”');
        String bare = strip(unquoted, '《', '》');
        Stream.of(unquoted, bare, strip(form, '《', '》')).filter(s -> !s.isEmpty()).forEach(forms::add);
        if (titles && isChinese(bare)) {
            forms.add("《" + bare + "》");
        }
    }

    /**
     * Other ways the names of an entity other than a country are printed, derived rather than declared: another
     * English spelling ("UN X" for "United Nations X", Organisation/Organization), another dash, the short form behind
     * the official name's opening (国际农发基金), and the name without its parent's prefix ("亚洲及太平洋区域会议" for "粮农组织亚洲及太平洋区域会议") when what is left is long
     * enough to be a name of its own. A derived form another entity declares, or that two entities derive, is left
     * out.
     *
     * A name that opens with another body's acronym is also printed with that body's full name, and the other way
     * round ("GEF Small Grants Programme", "Global Environment Facility Small Grants Programme"); acronyms joined by
     * a dash are also joined by a space ("UN-REDD", "UN REDD"), and the other way round.
     *
     * @param declared the entity's own forms, as {@link #of} gives them
     * @param acronyms other bodies' acronyms with their English names ("GEF" to "Global Environment Facility")
     */
    static Set<String> derived(Entity entity, Set<String> declared, Map<String, String> acronyms) {
        Set<String> out = new LinkedHashSet<>();
        if (entity.type() == EntityType.COUNTRY) {
            return out;
        }
        for (String form : declared) {
            if (!isChinese(form)) {
                out.addAll(englishSpellings(form));
            }
            if (form.chars().anyMatch(c -> DASHES.indexOf(c) >= 0)) {
                for (char d : DASHES.toCharArray()) {
                    out.add(form.replaceAll("[" + DASHES + "]", String.valueOf(d)));
                }
            }
            out.addAll(acronymForms(form, entity, acronyms));
            if (entity.type() == EntityType.INITIATIVE) {
                out.addAll(programmeHeads(form));
            }
            for (String prefix : PARENT_PREFIXES) {
                if (form.startsWith(prefix)) {
                    String rest = form.substring(prefix.length()).strip();
                    boolean longEnough = isChinese(rest) ? rest.codePointCount(0, rest.length()) >= 6
                            : rest.split("\\s+").length >= 3 && Character.isUpperCase(rest.charAt(0));
                    if (longEnough) {
                        out.add(rest);
                    }
                }
            }
        }
        String official = entity.nameZh() == null ? "" : entity.nameZh();
        for (String prefix : SHORT_FORM_PREFIXES) {
            if (official.startsWith(prefix)) {
                declared.stream().filter(f -> isChinese(f) && !f.startsWith(prefix) && !f.startsWith("《")
                        && f.codePointCount(0, f.length()) >= 2).forEach(f -> out.add(prefix + f));
            }
        }
        out.removeAll(declared);
        return out;
    }

    /**
     * An organ's names with each other name of its parent body: the organ named "国际植物保护公约秘书处" under a parent
     * also called "国际植保公约" and "IPPC" is also "国际植保公约秘书处" and "IPPC秘书处"; "IPPC Secretariat" under
     * a parent also called "International Plant Protection Convention" is also that name and " Secretariat". Only
     * names that open with one of the parent's names give any; Chinese endings go after Chinese names or acronyms.
     */
    static Set<String> asPartOf(Set<String> own, Set<String> parent) {
        Set<String> out = new LinkedHashSet<>();
        List<String> longestFirst = parent.stream().sorted((a, b) -> b.length() - a.length()).toList();
        for (String form : own) {
            for (String name : longestFirst) {
                if (!form.startsWith(name) || form.length() == name.length()) {
                    continue;
                }
                String rest = form.substring(name.length());
                boolean chineseRest = isChinese(rest.substring(0, 1));
                if (!chineseRest && rest.charAt(0) != ' ') {
                    break;
                }
                for (String other : parent) {
                    boolean fits = chineseRest ? isChinese(other) || other.matches("[A-Z]{2,8}") : !isChinese(other);
                    if (fits && !other.equals(name)) {
                        out.add(other + rest);
                    }
                }
                break;
            }
        }
        out.removeAll(own);
        return out;
    }

    /**
     * A Chinese programme's name with each head noun that translates the same English word ("Initiative" and
     * "Programme" are 倡议, 计划 or 方案 in different texts), and with its stem quoted as the press prints it
     * ("“绿色长城”计划"); stems shorter than three characters give none.
     */
    static Set<String> programmeHeads(String form) {
        Set<String> out = new LinkedHashSet<>();
        for (String head : PROGRAMME_HEADS) {
            if (!form.endsWith(head)) {
                continue;
            }
            String stem = form.substring(0, form.length() - head.length());
            String bare = strip(stem, '“', '”');
            if (bare.codePointCount(0, bare.length()) < 3 || !isChinese(bare) || bare.indexOf('《') >= 0) {
                return out;
            }
            for (String other : PROGRAMME_HEADS) {
                out.add(bare + other);
                out.add("“" + bare + "”" + other);
            }
            out.remove(form);
            return out;
        }
        return out;
    }

    /** Head nouns of programme names that translate one another. */
    private static final List<String> PROGRAMME_HEADS = List.of("倡议", "计划", "方案");

    /** "GEF X" as "Global Environment Facility X" and back; "UN-REDD" as "UN REDD" and back. */
    private static Set<String> acronymForms(String form, Entity entity, Map<String, String> acronyms) {
        Set<String> out = new LinkedHashSet<>();
        if (isChinese(form)) {
            return out;
        }
        Matcher lead = LEADING_ACRONYM.matcher(form);
        if (lead.find()) {
            String full = acronyms.get(lead.group(1));
            String rest = form.substring(lead.end());
            if (full != null && rest.split("\\s+").length >= 2) {
                out.add(full + " " + rest);
            }
        }
        acronyms.forEach((acronym, full) -> {
            if (form.startsWith(full + " ") && !full.equals(entity.nameEn())) {
                String rest = form.substring(full.length() + 1);
                if (rest.split("\\s+").length >= 2) {
                    out.add(acronym + " " + rest);
                }
            }
        });
        if (JOINED_ACRONYMS.matcher(form).matches()) {
            out.add(form.replace('-', ' '));
            out.add(form.replace(' ', '-'));
        }
        out.remove(form);
        return out;
    }

    private static final Pattern LEADING_ACRONYM = Pattern.compile("^([A-Z]{2,6})[ -]");
    private static final Pattern JOINED_ACRONYMS =
            Pattern.compile("[A-Z]{2,6}(?:[- ][A-Z]{2,6}\\+?)+");

    /** The opening of an official Chinese name that the press puts before its short form too (国际农发基金, 联合国环境署). */
    private static final List<String> SHORT_FORM_PREFIXES = List.of("国际", "联合国");

    /** Prefixes naming the parent organisation that texts of that organisation leave out. */
    private static final List<String> PARENT_PREFIXES = List.of("联合国粮农组织", "粮农组织", "FAO ", "the FAO ");

    /** The dashes a compound name ("粮农组织—中国…", "FAO-China …") is printed with, any of them for any other. */
    private static final String DASHES = "-－—–";

    /** Pairs of spellings one English name is printed in: "United Nations X" is also "UN X". */
    private static final String[][] SPELLINGS = {{"United Nations ", "UN "}, {"Organization", "Organisation"},
        {"Programme", "Program"}, {"Centre", "Center"}, {"Labour", "Labor"}, {"Defence", "Defense"}};

    /** The name in each other spelling of the pairs above (one at a time, and all at once). */
    static Set<String> englishSpellings(String name) {
        Set<String> out = new LinkedHashSet<>();
        String all = name;
        for (String[] pair : SPELLINGS) {
            for (int k = 0; k < 2; k++) {
                String from = pair[k];
                String to = pair[1 - k];
                if (k == 1 && from.equals("UN ")) {
                    continue;
                }
                if (name.contains(from)) {
                    out.add(name.replace(from, to));
                    all = all.replace(from, to);
                }
            }
        }
        out.add(all);
        out.remove(name);
        return out;
    }

    private static String strip(String s, char open, char close) {
        if (s.indexOf(open) < 0 && s.indexOf(close) < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.chars().filter(c -> c != open && c != close).forEach(c -> out.append((char) c));
        return out.toString().strip();
    }

    private static boolean isChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
