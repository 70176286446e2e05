package org.synergraph.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.synergraph.problem.Problem;

/** Write endpoints need {@code Authorization: Bearer <admin token>}; with no token configured they are off. */
final class AdminGuard {
    private final Optional<byte[]> token;

    AdminGuard(Optional<String> token) {
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    void require(Context ctx) {
        if (token.isEmpty()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "writes_disabled", "Writing is switched off on this server."
                    + " Start it with SYNERGRAPH_ADMIN_TOKEN=<secret> (or --admin-token) and send"
                    + " 'Authorization: Bearer <secret>'.");
        }
        String header = ctx.header("Authorization");
        byte[] given = header != null && header.startsWith("Bearer ")
                ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token.get())) {
            throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized",
                    "This endpoint writes to the graph: send 'Authorization: Bearer <admin token>'.");
        }
    }
}
