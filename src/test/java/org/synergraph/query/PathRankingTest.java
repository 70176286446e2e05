package org.synergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The informativeness score of a path: 1 a step, 4 more a hop through a place both neighbours are only active in. */
class PathRankingTest {

    @Test
    void a_country_both_programmes_are_active_in_costs_four_more() {
        // RECSOIL → Mexico ← REDD+
        List<GraphView.Node> nodes = List.of(node("initiative:recsoil", "Initiative", "RECSOIL"),
                node("country:MEX", "Country", "Mexico"), node("initiative:redd_plus", "Initiative", "REDD+"));
        List<GraphView.Edge> edges = List.of(edge("initiative:recsoil", "ACTIVE_IN", "country:MEX"),
                edge("initiative:redd_plus", "ACTIVE_IN", "country:MEX"));

        PathRanking.Score s = PathRanking.score(nodes, edges);

        assertEquals(6, s.score());
        assertEquals(List.of("country:MEX"), s.sharedPlaces());
        assertEquals("2 ACTIVE_IN links; passes through Mexico only because both neighbours are active there (+4)",
                s.reason());
    }

    @Test
    void a_programme_between_two_countries_and_typed_links_cost_only_their_steps() {
        // Costa Rica ← RECSOIL → Ghana: the programme in the middle is the connection
        PathRanking.Score programme = PathRanking.score(
                List.of(node("country:CRI", "Country", "Costa Rica"), node("initiative:recsoil", "Initiative", "RECSOIL"),
                        node("country:GHA", "Country", "Ghana")),
                List.of(edge("initiative:recsoil", "ACTIVE_IN", "country:CRI"),
                        edge("initiative:recsoil", "ACTIVE_IN", "country:GHA")));
        assertEquals(2, programme.score());
        assertEquals(List.of(), programme.sharedPlaces());
        assertEquals("2 ACTIVE_IN links", programme.reason());

        // A region reached by MEMBER_OF on one side is not a shared place
        PathRanking.Score member = PathRanking.score(
                List.of(node("initiative:a", "Initiative", "A"), node("region:r", "Region", "R"),
                        node("country:X", "Country", "X")),
                List.of(edge("initiative:a", "ACTIVE_IN", "region:r"), edge("country:X", "MEMBER_OF", "region:r")));
        assertEquals(2, member.score());
        assertEquals("1 organisational link, 1 ACTIVE_IN link", member.reason());
    }

    @Test
    void paths_sort_by_score_then_length_then_ids() {
        List<PathQuery.Path> paths = new ArrayList<>(List.of(path("b", 6, 2), path("c", 4, 4), path("a", 4, 4),
                path("d", 3, 3)));

        paths.sort(PathRanking.order());

        assertEquals(List.of("d", "a", "c", "b"), paths.stream().map(p -> p.nodes().get(0).id()).toList());
    }

    private static PathQuery.Path path(String first, int score, long length) {
        return new PathQuery.Path(List.of(node(first, "Initiative", first)), List.of(), length, score, List.of(), "");
    }

    private static GraphView.Node node(String id, String type, String nameEn) {
        return new GraphView.Node(id, type, nameEn, null, List.of(type));
    }

    private static GraphView.Edge edge(String source, String type, String target) {
        return new GraphView.Edge(source + "|" + type + "|" + target, source, target, type, "active", "rule", 0.8, 1,
                null, null, null);
    }
}
