package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synergraph.problem.Problem;

class MediaTypesTest {
    private static final List<String> REPORT = List.of("application/json", "text/csv");

    @Test
    void equal_qualities_go_to_the_type_listed_first() {
        assertEquals("application/json", MediaTypes.choose("application/json, text/csv", REPORT));
        assertEquals("text/csv", MediaTypes.choose("text/csv, application/json", REPORT));
    }

    @Test
    void q_values_win_over_order() {
        assertEquals("text/csv", MediaTypes.choose("application/json;q=0.5, text/csv;q=0.9", REPORT));
        assertEquals("application/json", MediaTypes.choose("text/csv;q=0.2, */*", REPORT));
    }

    @Test
    void the_most_specific_range_sets_the_quality() {
        assertEquals("text/csv", MediaTypes.choose("*/*;q=0.1, text/*;q=0.8", REPORT));
        assertEquals("text/csv", MediaTypes.choose("application/json;q=0, */*", REPORT));
    }

    @Test
    void no_header_or_a_wildcard_gives_the_servers_first_choice() {
        assertEquals("application/json", MediaTypes.choose(null, REPORT));
        assertEquals("application/json", MediaTypes.choose("*/*", REPORT));
        assertEquals("application/json", MediaTypes.choose("text/html,application/xhtml+xml,*/*;q=0.8", REPORT));
    }

    @Test
    void nothing_acceptable_is_a_406_problem() {
        Problem p = assertThrows(Problem.class, () -> MediaTypes.choose("image/png", REPORT));

        assertEquals(Problem.Kind.NOT_ACCEPTABLE, p.kind());
        assertEquals(Problem.Kind.NOT_ACCEPTABLE,
                assertThrows(Problem.class, () -> MediaTypes.choose("text/csv;q=0, application/json;q=0", REPORT)).kind());
    }

    @Test
    void malformed_ranges_and_qualities_are_ignored_not_fatal() {
        assertEquals("text/csv", MediaTypes.choose("garbage, text/csv;q=abc, text/csv", REPORT));
    }
}
