package org.synergraph.http;

import io.javalin.Javalin;
import org.synergraph.query.OverlapQuery;
import org.synergraph.query.PathQuery;
import org.synergraph.query.SharedActivityQuery;

/** GET /api/shared, /api/overlap (both kept in the read cache) and /api/paths: the questions about how entities connect. */
final class SynergyController {
    private final SharedActivityQuery shared;
    private final OverlapQuery overlap;
    private final PathQuery paths;
    private final CachedJson cached;

    SynergyController(SharedActivityQuery shared, OverlapQuery overlap, PathQuery paths, CachedJson cached) {
        this.shared = shared;
        this.overlap = overlap;
        this.paths = paths;
        this.cached = cached;
    }

    void register(Javalin app) {
        app.get("/api/shared", ctx -> {
            Params.only(ctx, "ids", "min", "target", "via", "status", "review", "asOf");
            cached.send(ctx, "shared", () -> shared.run(shared.request(ctx.queryParam("ids"),
                    Params.wholeNumber(ctx, "min"), ctx.queryParam("target"), ctx.queryParam("via"),
                    ctx.queryParam("status"), ctx.queryParam("review"), ctx.queryParam("asOf"))));
        });
        app.get("/api/overlap", ctx -> {
            Params.only(ctx, "ids", "target", "via", "status", "review", "asOf");
            cached.send(ctx, "overlap", () -> overlap.run(ctx.queryParam("ids"), ctx.queryParam("target"),
                    ctx.queryParam("via"), ctx.queryParam("status"), ctx.queryParam("review"), ctx.queryParam("asOf")));
        });
        app.get("/api/paths", ctx -> {
            Params.only(ctx, "from", "to", "maxLength", "limit", "review", "asOf", "excludeNodeTypes",
                    "excludeRelationTypes");
            ctx.json(paths.between(ctx.queryParam("from"), ctx.queryParam("to"),
                    Params.wholeNumber(ctx, "maxLength"), Params.wholeNumber(ctx, "limit"), ctx.queryParam("review"),
                    ctx.queryParam("asOf"), ctx.queryParam("excludeNodeTypes"), ctx.queryParam("excludeRelationTypes")));
        });
    }
}
