package org.synergraph.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every entity's names and aliases, in memory, for finding entities by any part of a name without asking the
 * database. Immutable: a new graph version gets a new index (see {@link FreshNameIndex}).
 *
 * <p>Each name and alias is kept folded ({@link FoldedText}); a query matches an entity when its folded text is
 * part of one of them, found through {@link BigramPostings} and then checked. Hits rank exact (a whole name, alias
 * or id) above prefix above elsewhere-in-the-name, then by how much of the name the query covers; equal scores go
 * to the entity with more relations, then to the smaller id.
 */
public final class NameIndex {
    /** Added to an exact hit's score: exact hits score 1000 more than partial ones, as the API says. */
    static final double EXACT = 1000.0;
    private static final double PREFIX = 2.0;
    private static final double PART = 1.0;
    private static final Comparator<Scored> RANK = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(Comparator.comparingInt((Scored s) -> s.entry().relations()).reversed())
            .thenComparing(s -> s.entry().id());

    private final Entry[] entries;
    /** Folded names and aliases, an entity's side by side, entities in input order. */
    private final String[] keys;
    private final int[] keyOwner;
    /** Lower-cased ids in order, and whose each is. */
    private final String[] ids;
    private final int[] idOwner;
    private final BigramPostings postings;

    /**
     * One entity as the index holds it.
     *
     * @param aliases   its other names in both scripts, as shown
     * @param rejected  reviewers rejected it: it leaves the hits unless asked for
     * @param relations how many relationships it has, which breaks ties
     */
    public record Entry(String id, String type, String nameEn, String nameZh, List<String> aliases,
                        boolean rejected, int relations) {
        public Entry {
            aliases = List.copyOf(aliases);
        }
    }

    /** An entity the query found, and how well. */
    public record Scored(Entry entry, double score) {
    }

    /**
     * The best hits, in order, and how many entities matched in all.
     *
     * @param hits    at most the number asked for
     * @param matched every entity that matched
     */
    public record Found(List<Scored> hits, int matched) {
    }

    private NameIndex(Entry[] entries, String[] keys, int[] keyOwner, String[] ids, int[] idOwner,
                      BigramPostings postings) {
        this.entries = entries;
        this.keys = keys;
        this.keyOwner = keyOwner;
        this.ids = ids;
        this.idOwner = idOwner;
        this.postings = postings;
    }

    public static NameIndex of(List<Entry> entities) {
        Entry[] entries = entities.toArray(Entry[]::new);
        List<String> keys = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            Entry e = entries[i];
            Set<String> forms = new LinkedHashSet<>();
            forms.add(FoldedText.of(e.nameEn()));
            forms.add(FoldedText.of(e.nameZh()));
            e.aliases().forEach(a -> forms.add(FoldedText.of(a)));
            forms.remove("");
            for (String form : forms) {
                keys.add(form);
                owners.add(i);
            }
        }
        Integer[] byId = new Integer[entries.length];
        Arrays.setAll(byId, i -> i);
        Arrays.sort(byId, Comparator.comparing(i -> lowerId(entries[i])));
        String[] ids = Arrays.stream(byId).map(i -> lowerId(entries[i])).toArray(String[]::new);
        String[] keyArray = keys.toArray(String[]::new);
        return new NameIndex(entries, keyArray, owners.stream().mapToInt(Integer::intValue).toArray(), ids,
                Arrays.stream(byId).mapToInt(Integer::intValue).toArray(), BigramPostings.of(keyArray));
    }

    /** How many entities the index holds. */
    public int size() {
        return entries.length;
    }

    /**
     * The entities whose names contain {@code query}, best first, at most {@code max} of them.
     *
     * @param type          only this type (its label), or null for any
     * @param keepRejected  keep entities reviewers rejected
     */
    public Found find(String query, String type, boolean keepRejected, int max) {
        String folded = FoldedText.of(query);
        List<Scored> hits = new ArrayList<>();
        int[] candidates = folded.isEmpty() ? new int[0]
                : folded.length() == 1 ? everyKey() : postings.candidates(folded);
        int last = -1;
        for (int k : candidates) {
            int owner = keyOwner[k];
            String key = keys[k];
            if (!keeps(owner, type, keepRejected) || !key.contains(folded)) {
                continue;
            }
            double score = score(folded, key);
            if (owner == last) {
                Scored previous = hits.get(hits.size() - 1);
                if (score > previous.score()) {
                    hits.set(hits.size() - 1, new Scored(entries[owner], score));
                }
            } else {
                hits.add(new Scored(entries[owner], score));
                last = owner;
            }
        }
        addIdHit(query, type, keepRejected, hits);
        hits.sort(RANK);
        return new Found(List.copyOf(hits.subList(0, Math.min(max, hits.size()))), hits.size());
    }

    /** A query that is an entity's whole id finds it as an exact hit. */
    private void addIdHit(String query, String type, boolean keepRejected, List<Scored> hits) {
        int at = Arrays.binarySearch(ids, query.strip().toLowerCase(Locale.ROOT));
        if (at < 0 || !keeps(idOwner[at], type, keepRejected)) {
            return;
        }
        Entry entry = entries[idOwner[at]];
        hits.removeIf(s -> s.entry() == entry);
        hits.add(new Scored(entry, EXACT + 1.0));
    }

    private boolean keeps(int entity, String type, boolean keepRejected) {
        Entry e = entries[entity];
        return (keepRejected || !e.rejected()) && (type == null || type.equals(e.type()));
    }

    /** Exact, prefix or elsewhere, plus the share of the name the query covers (so shorter names come first). */
    private static double score(String folded, String key) {
        double cover = (double) folded.length() / key.length();
        if (key.length() == folded.length()) {
            return EXACT + cover;
        }
        return (key.startsWith(folded) ? PREFIX : PART) + cover;
    }

    private int[] everyKey() {
        int[] all = new int[keys.length];
        Arrays.setAll(all, i -> i);
        return all;
    }

    private static String lowerId(Entry e) {
        return e.id().toLowerCase(Locale.ROOT);
    }
}
