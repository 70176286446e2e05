package org.synergraph.http;

import io.javalin.Javalin;
import org.synergraph.query.EdgeQuery;
import org.synergraph.query.EntityQuery;
import org.synergraph.query.NeighbourhoodQuery;

/** GET /api/entities/{id} (first pages), …/relations and …/documents (further pages), …/graph, /api/edges/{id}. */
final class EntityController {
    private final EntityQuery entities;
    private final NeighbourhoodQuery neighbourhood;
    private final EdgeQuery edges;

    EntityController(EntityQuery entities, NeighbourhoodQuery neighbourhood, EdgeQuery edges) {
        this.entities = entities;
        this.neighbourhood = neighbourhood;
        this.edges = edges;
    }

    void register(Javalin app) {
        app.get("/api/entities/{id}", ctx -> {
            Params.only(ctx, "limit", "review", "asOf");
            ctx.json(entities.page(ctx.pathParam("id"), Params.wholeNumber(ctx, "limit"), ctx.queryParam("review"),
                    ctx.queryParam("asOf")));
        });
        app.get("/api/entities/{id}/relations", ctx -> {
            Params.only(ctx, "type", "direction", "offset", "limit", "review", "asOf");
            ctx.json(entities.relations(ctx.pathParam("id"), ctx.queryParam("type"), ctx.queryParam("direction"),
                    Params.wholeNumber(ctx, "offset"), Params.wholeNumber(ctx, "limit"), ctx.queryParam("review"),
                    ctx.queryParam("asOf")));
        });
        app.get("/api/entities/{id}/documents", ctx -> {
            Params.only(ctx, "offset", "limit");
            ctx.json(entities.documents(ctx.pathParam("id"), Params.wholeNumber(ctx, "offset"),
                    Params.wholeNumber(ctx, "limit")));
        });
        app.get("/api/entities/{id}/graph", ctx -> {
            Params.only(ctx, "depth", "types", "limit", "review", "asOf");
            ctx.json(neighbourhood.around(ctx.pathParam("id"), Params.wholeNumber(ctx, "depth"),
                    ctx.queryParam("types"), Params.wholeNumber(ctx, "limit"), ctx.queryParam("review"),
                    ctx.queryParam("asOf")));
        });
        app.get("/api/edges/{id}", ctx -> {
            Params.only(ctx);
            ctx.json(edges.find(ctx.pathParam("id")));
        });
    }
}
