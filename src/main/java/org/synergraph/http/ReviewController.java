package org.synergraph.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.synergraph.query.ReviewQueueQuery;
import org.synergraph.review.Judgement;
import org.synergraph.review.ReviewService;

/**
 * The review workflow: GET /api/review (the queue), judgements on relations and entities, hand-added facts, and the
 * judgements file (GET /api/judgements; POST imports it, admins only). A merged entity's id redirects (308) to the
 * entity it was merged into.
 */
final class ReviewController {
    private final ReviewQueueQuery queue;
    private final ReviewService review;
    private final AdminGuard guard;
    private final ObjectMapper json;

    ReviewController(ReviewQueueQuery queue, ReviewService review, AdminGuard guard, ObjectMapper json) {
        this.queue = queue;
        this.review = review;
        this.guard = guard;
        this.json = json;
    }

    void register(Javalin app) {
        app.before("/api/entities/{id}", this::redirectMerged);
        app.before("/api/entities/{id}/{part}", this::redirectMerged);
        app.get("/api/review", ctx -> {
            Params.only(ctx, "state", "type", "document", "minConfidence", "maxConfidence", "offset", "limit");
            ctx.json(queue.page(ctx.queryParam("state"), ctx.queryParam("type"), ctx.queryParam("document"),
                    Params.decimal(ctx, "minConfidence"), Params.decimal(ctx, "maxConfidence"),
                    Params.wholeNumber(ctx, "offset"), Params.wholeNumber(ctx, "limit")));
        });
        reviewerPost(app, "/api/relations/{id}/judgement", ReviewService.RelationDecision.class,
                (ctx, decision, by) -> review.judgeRelation(ctx.pathParam("id"), decision, by));
        reviewerPost(app, "/api/relations", ReviewService.NewRelation.class,
                (ctx, relation, by) -> review.addRelation(relation, by));
        reviewerPost(app, "/api/entities/{id}/judgement", ReviewService.EntityDecision.class,
                (ctx, decision, by) -> review.judgeEntity(ctx.pathParam("id"), decision, by));
        app.get("/api/judgements", ctx -> {
            Params.only(ctx);
            ctx.json(review.all());
        });
        app.post("/api/judgements", ctx -> {
            String by = guard.require(ctx);
            Params.only(ctx);
            created(ctx, review.importAll(List.of(JsonBody.read(json, ctx.bodyAsBytes(), Judgement[].class)), by));
        });
    }

    /** What a reviewer's POST does with its parsed body, given who sent it. */
    private interface Decision<T> {
        ReviewService.Recorded apply(Context ctx, T body, String by);
    }

    /** A POST a reviewer token may make: the reviewer checked, no query parameters, the body read as `type`. */
    private <T> void reviewerPost(Javalin app, String path, Class<T> type, Decision<T> decision) {
        app.post(path, ctx -> {
            String by = guard.reviewer(ctx);
            Params.only(ctx);
            created(ctx, decision.apply(ctx, JsonBody.read(json, ctx.bodyAsBytes(), type), by));
        });
    }

    private static void created(Context ctx, ReviewService.Recorded recorded) {
        ctx.status(HttpStatus.CREATED).json(recorded);
    }

    private void redirectMerged(Context ctx) {
        if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")) {
            return;
        }
        String id = ctx.pathParam("id");
        review.redirect(id).ifPresent(into -> {
            String rest = ctx.path().substring(ctx.path().indexOf(id) + id.length());
            String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
            ctx.header("Location", "/api/entities/" + java.net.URLEncoder.encode(into,
                    java.nio.charset.StandardCharsets.UTF_8) + rest + query);
            ErrorMapping.send(ctx, HttpStatus.PERMANENT_REDIRECT, "merged", "Entity '" + id
                    + "' was merged into '" + into + "'.");
            ctx.skipRemainingHandlers();
        });
    }
}
