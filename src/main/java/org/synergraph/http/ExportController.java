package org.synergraph.http;

import io.javalin.Javalin;
import org.synergraph.export.EdgeCsv;
import org.synergraph.export.GraphMl;
import org.synergraph.problem.Problem;
import org.synergraph.query.ExportQuery;

/** GET /api/export?format=json|graphml|csv&ids=&depth=. */
final class ExportController {
    private final ExportQuery export;

    ExportController(ExportQuery export) {
        this.export = export;
    }

    void register(Javalin app) {
        app.get("/api/export", ctx -> {
            Params.only(ctx, "format", "ids", "depth");
            String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
            if (!format.equals("json") && !format.equals("graphml") && !format.equals("csv")) {
                throw Problem.badRequest("bad_format", "format must be json, graphml or csv.");
            }
            ExportQuery.ExportGraph g = export.export(ctx.queryParam("ids"), Params.integer(ctx, "depth", 1, 0, 99));
            switch (format) {
                case "graphml" -> ctx.contentType("application/graphml+xml; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"synergraph.graphml\"")
                        .result(GraphMl.of(g));
                case "csv" -> ctx.contentType("text/csv; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"synergraph-edges.csv\"")
                        .result(EdgeCsv.of(g));
                default -> ctx.json(g);
            }
        });
    }
}
