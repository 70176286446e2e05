package org.synergraph.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where merged entities went: each merged id points to the entity it was merged into, chains followed to the end. */
public final class Merges {
    private final Map<String, String> into;

    private Merges(Map<String, String> into) {
        this.into = into;
    }

    /** The merges among the judgements, the latest merge of each entity winning. */
    public static Merges of(List<Judgement> judgements) {
        Map<String, String> into = new HashMap<>();
        for (Judgement j : judgements) {
            if (j.aboutEntity() && "merge".equals(j.decision())) {
                into.put(j.entity(), j.into());
            }
        }
        return new Merges(into);
    }

    /** The entity an id stands for now: itself unless merged (a loop, which judging refuses, stops where it closes). */
    public String resolve(String id) {
        String at = id;
        Set<String> seen = new HashSet<>();
        while (at != null && into.containsKey(at) && seen.add(at)) {
            at = into.get(at);
        }
        return at;
    }

    /** Whether merging {@code from} into {@code target} would close a loop (or merge an entity into itself). */
    public boolean wouldLoop(String from, String target) {
        return resolve(target).equals(from) || from.equals(target);
    }

    /** The entity {@code id} was merged into, if it was. */
    public Optional<String> redirect(String id) {
        return into.containsKey(id) ? Optional.of(resolve(id)) : Optional.empty();
    }

    /** Each merge as (from, to), to already resolved, in an order that merges a chain's first link first. */
    public Map<String, String> pairs() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        into.keySet().stream().sorted().forEach(from -> out.put(from, resolve(from)));
        return out;
    }
}
