package org.synergraph.http;

import io.javalin.Javalin;
import org.synergraph.query.CorpusDatesQuery;
import org.synergraph.query.TimelineQuery;

/** GET /api/dates (the documents' dates, for the time control) and /api/entities/{id}/timeline. */
final class TimeController {
    private final TimelineQuery timeline;
    private final CorpusDatesQuery dates;

    TimeController(TimelineQuery timeline, CorpusDatesQuery dates) {
        this.timeline = timeline;
        this.dates = dates;
    }

    void register(Javalin app) {
        app.get("/api/dates", ctx -> {
            Params.only(ctx);
            ctx.json(dates.dates());
        });
        app.get("/api/entities/{id}/timeline", ctx -> {
            Params.only(ctx, "offset", "limit", "review", "asOf");
            ctx.json(timeline.of(ctx.pathParam("id"), Params.wholeNumber(ctx, "offset"),
                    Params.wholeNumber(ctx, "limit"), ctx.queryParam("review"), ctx.queryParam("asOf")));
        });
    }
}
