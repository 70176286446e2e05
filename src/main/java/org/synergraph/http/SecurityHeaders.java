package org.synergraph.http;

import io.javalin.Javalin;

/** Security headers on every response; the Content-Security-Policy is one the explorer's own pages satisfy. */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline';"
            + " script-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

    private SecurityHeaders() {
    }

    static void install(Javalin app) {
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
        });
    }
}
