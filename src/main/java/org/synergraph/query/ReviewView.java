package org.synergraph.query;

import org.neo4j.driver.Value;
import org.synergraph.problem.Problem;

/**
 * A fact's review state as every answer shows it: unreviewed, accepted or rejected, who decided, when, and why
 * (orphaned in the review queue: a decision whose fact is no longer extracted).
 */
public record ReviewView(String state, String by, String at, String note) {
    private static final ReviewView UNREVIEWED = new ReviewView("unreviewed", null, null, null);

    /** Reads the reviewState, reviewBy, reviewAt and reviewNote columns or keys of a row or map. */
    static ReviewView from(java.util.function.Function<String, Value> get) {
        Value state = get.apply("reviewState");
        if (state == null || state.isNull()) {
            return UNREVIEWED;
        }
        return new ReviewView(state.asString(), text(get.apply("reviewBy")), text(get.apply("reviewAt")),
                text(get.apply("reviewNote")));
    }

    private static String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    /**
     * Which facts a read answer includes: {@code any}, {@code unrejected} (the default: rejected facts leave every
     * answer) or {@code accepted} only. The value goes into the Cypher as {@code $review}.
     */
    public static String filter(String review) {
        if (review == null || review.isBlank()) {
            return "unrejected";
        }
        if (!java.util.List.of("any", "unrejected", "accepted").contains(review)) {
            throw Problem.badRequest("bad_review", "review must be any, unrejected or accepted.");
        }
        return review;
    }

    /** Whether a fact in {@code state} (null: unreviewed) stays in an answer that keeps {@code filter}. */
    static boolean keeps(String filter, String state) {
        return switch (filter) {
            case "any" -> true;
            case "accepted" -> "accepted".equals(state);
            default -> !"rejected".equals(state);
        };
    }
}
