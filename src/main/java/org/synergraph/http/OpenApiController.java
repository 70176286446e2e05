package org.synergraph.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.synergraph.config.Resources;

/** GET /openapi.json (the API described in OpenAPI 3) and GET /api-docs (a page that renders it for people). */
final class OpenApiController {
    static final String SPEC = "openapi.json";
    private final String spec;
    private final String page;

    OpenApiController(Resources resources) {
        this.spec = classpath(SPEC);
        this.page = resources.read("web/api-docs.html");
    }

    void register(Javalin app) {
        app.get("/openapi.json", ctx -> {
            Params.only(ctx);
            ctx.contentType("application/json; charset=utf-8").result(spec);
        });
        app.get("/api-docs", ctx -> {
            Params.only(ctx);
            ctx.html(page);
        });
    }

    private static String classpath(String name) {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " (src/main/resources/" + name + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
