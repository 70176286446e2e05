package org.synergraph.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.util.Map;
import org.synergraph.query.CypherConsole;

/** POST /api/cypher {"query", "params", "review"}: read-only Cypher with timeout and row cap. */
final class ConsoleController {
    private final CypherConsole console;
    private final ObjectMapper json;

    ConsoleController(CypherConsole console, ObjectMapper json) {
        this.console = console;
        this.json = json;
    }

    /** What a client sends. */
    record ConsoleRequest(String query, Map<String, Object> params, String review) {
    }

    void register(Javalin app) {
        app.post("/api/cypher", ctx -> {
            Params.only(ctx);
            ConsoleRequest req = JsonBody.read(json, ctx.bodyAsBytes(), ConsoleRequest.class);
            ctx.json(console.run(req.query(), req.params(), req.review()));
        });
    }
}
