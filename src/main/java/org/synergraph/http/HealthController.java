package org.synergraph.http;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import org.synergraph.query.HealthQuery;

/** GET /api/health: graph mode, Bolt address and counts; 503 while the graph cannot be reached. */
final class HealthController {
    private final HealthQuery health;

    HealthController(HealthQuery health) {
        this.health = health;
    }

    void register(Javalin app) {
        app.get("/api/health", ctx -> {
            Params.only(ctx);
            HealthQuery.Health h = health.check();
            ctx.status("ok".equals(h.status()) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(h);
        });
    }
}
