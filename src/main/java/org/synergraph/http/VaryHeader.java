package org.synergraph.http;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.Set;

/** Adds names to the Vary header without dropping those already there (CORS adds Origin, caching adds others). */
final class VaryHeader {
    private VaryHeader() {
    }

    static void add(Context ctx, String... names) {
        Set<String> all = new LinkedHashSet<>();
        String current = ctx.res().getHeader("Vary");
        if (current != null) {
            for (String n : current.split(",")) {
                if (!n.isBlank()) {
                    all.add(n.strip());
                }
            }
        }
        all.addAll(Set.of(names).stream().sorted().toList());
        ctx.header("Vary", String.join(", ", all));
    }
}
