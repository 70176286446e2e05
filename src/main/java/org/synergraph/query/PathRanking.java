package org.synergraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * How informative a path is. Each step costs 1; a hop through a country or region that both of its neighbours on the
 * path merely reach by ACTIVE_IN (programme → country ← other programme, a "shared place") costs
 * {@value #SHARED_PLACE_COST} more, since being active in the same place says nothing of working together. Typed
 * organisational links (FUNDS, PARTNERS_WITH, MEMBER_OF, LEADS, HOSTS, SUPPORTS, REPORTS_TO) cost only their step.
 * Lower scores come first; ties go to the shorter path, then to the path whose ids sort first.
 */
public final class PathRanking {
    /** What a shared-place hop costs on top of its two steps. */
    public static final int SHARED_PLACE_COST = 4;
    private static final Set<String> PLACES = Set.of("Country", "Region");
    private static final String ACTIVE_IN = "ACTIVE_IN";

    private PathRanking() {
    }

    /** A path's score and what makes it up. */
    public record Score(int score, List<String> sharedPlaces, String reason) {
    }

    /** The entities of a path through which it only passes because both neighbours are active there. */
    public static List<String> sharedPlaces(List<GraphView.Node> nodes, List<GraphView.Edge> edges) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < nodes.size() - 1 && i < edges.size(); i++) {
            GraphView.Node n = nodes.get(i);
            if (PLACES.contains(n.type()) && reachedByActivity(edges.get(i - 1), n) && reachedByActivity(edges.get(i), n)) {
                out.add(n.id());
            }
        }
        return out;
    }

    public static Score score(List<GraphView.Node> nodes, List<GraphView.Edge> edges) {
        List<String> shared = sharedPlaces(nodes, edges);
        long organisational = edges.stream().filter(e -> !ACTIVE_IN.equals(e.type())).count();
        List<String> links = new ArrayList<>();
        if (organisational > 0) {
            links.add(count(organisational, "organisational link"));
        }
        if (organisational < edges.size()) {
            links.add(count(edges.size() - organisational, "ACTIVE_IN link"));
        }
        String reason = String.join(", ", links)
                + (shared.isEmpty() ? "" : "; passes through " + names(nodes, shared) + " only because both neighbours"
                        + " are active there (+" + SHARED_PLACE_COST * shared.size() + ")");
        return new Score(edges.size() + SHARED_PLACE_COST * shared.size(), shared, reason);
    }

    /** Best first: lowest score, then fewest steps, then entity ids in order, then relation ids. */
    public static Comparator<PathQuery.Path> order() {
        return Comparator.comparingInt(PathQuery.Path::score).thenComparingLong(PathQuery.Path::length)
                .thenComparing(p -> String.join(" ", p.nodes().stream().map(GraphView.Node::id).toList()))
                .thenComparing(p -> String.join(" ", p.edges().stream().map(e -> String.valueOf(e.id())).toList()));
    }

    private static boolean reachedByActivity(GraphView.Edge e, GraphView.Node place) {
        return ACTIVE_IN.equals(e.type()) && place.id().equals(e.target());
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String names(List<GraphView.Node> nodes, List<String> ids) {
        return String.join(", ", nodes.stream().filter(n -> ids.contains(n.id()))
                .map(n -> n.nameEn() != null ? n.nameEn() : n.id()).toList());
    }
}
