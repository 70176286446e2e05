package org.synergraph.http;

import io.javalin.http.Context;
import org.synergraph.config.Tokens;
import org.synergraph.problem.Problem;

/**
 * Write endpoints need {@code Authorization: Bearer <token>}: {@link #require} an admin's (ingest, delete, import),
 * {@link #reviewer} a reviewer's or an admin's (judgements). With no token configured writes are off. Both answer
 * the holder's name, which is what decisions record; the token itself is never kept, logged or echoed.
 */
final class AdminGuard {
    private final Tokens tokens;

    AdminGuard(Tokens tokens) {
        this.tokens = tokens;
    }

    /** The name of the admin who sent the request; 401 without a known token, 403 for a reviewer's. */
    String require(Context ctx) {
        Tokens.Holder holder = holder(ctx, "This endpoint writes to the graph: send 'Authorization: Bearer <admin token>'.");
        if (holder.role() != Tokens.Role.ADMIN) {
            throw new Problem(Problem.Kind.FORBIDDEN, "admin_only", "Only admins may do this; "
                    + holder.name() + " is a reviewer.");
        }
        return holder.name();
    }

    /** The name of the reviewer (or admin) who sent the request; 401 without a known token. */
    String reviewer(Context ctx) {
        return holder(ctx, "Judging facts needs 'Authorization: Bearer <reviewer token>'.").name();
    }

    private Tokens.Holder holder(Context ctx, String unauthorized) {
        if (tokens.isEmpty()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "writes_disabled", "Writing is switched off on this server."
                    + " Start it with SYNERGRAPH_ADMIN_TOKEN=<secret> or SYNERGRAPH_TOKENS=name:secret[:reviewer]"
                    + " (or --admin-token, --tokens) and send 'Authorization: Bearer <secret>'.");
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        return tokens.holderOf(given).orElseThrow(() -> new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized",
                unauthorized));
    }
}
