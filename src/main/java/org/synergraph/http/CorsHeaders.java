package org.synergraph.http;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin access for the configured origins only. Requests from other origins are served as usual but get no
 * CORS headers, so browsers keep other sites' pages from reading the answers; same-origin pages are unaffected.
 */
final class CorsHeaders {
    private CorsHeaders() {
    }

    static void install(Javalin app, List<String> allowedOrigins) {
        if (allowedOrigins.isEmpty()) {
            return;
        }
        Set<String> allowed = Set.copyOf(allowedOrigins);
        app.before("/api/*", ctx -> {
            String origin = ctx.header("Origin");
            if (origin == null || !allowed.contains(origin)) {
                return;
            }
            ctx.header("Access-Control-Allow-Origin", origin);
            VaryHeader.add(ctx, "Origin");
            if ("OPTIONS".equals(ctx.method().name())) {
                ctx.header("Access-Control-Allow-Methods", "GET, POST, DELETE");
                ctx.header("Access-Control-Allow-Headers", "Content-Type, Authorization, Accept");
                ctx.header("Access-Control-Max-Age", "600");
                ctx.status(HttpStatus.NO_CONTENT).skipRemainingHandlers();
            }
        });
    }
}
