package org.synergraph.http;

import io.javalin.Javalin;
import org.synergraph.query.SearchQuery;

/** GET /api/search. */
final class SearchController {
    private final SearchQuery search;

    SearchController(SearchQuery search) {
        this.search = search;
    }

    void register(Javalin app) {
        app.get("/api/search", ctx -> {
            Params.only(ctx, "q", "type", "review", "offset", "limit");
            ctx.json(search.search(ctx.queryParam("q"), ctx.queryParam("type"), ctx.queryParam("review"),
                    Params.wholeNumber(ctx, "offset"),
                    Params.wholeNumber(ctx, "limit")));
        });
    }
}
