package org.synergraph.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.synergraph.export.EdgeCsv;
import org.synergraph.export.GraphMl;
import org.synergraph.export.NodeCsv;
import org.synergraph.problem.Problem;
import org.synergraph.query.ExportQuery;

/**
 * GET /api/export (JSON, GraphML or the edges as CSV, chosen by format= or Accept) and GET /api/export/nodes.csv and
 * /api/export/edges.csv, all with ids= and depth=.
 */
final class ExportController {
    private static final Map<String, String> FORMATS = Map.of("json", "application/json",
            "graphml", "application/graphml+xml", "csv", "text/csv");
    private static final List<String> OFFERED = List.of("application/json", "application/graphml+xml", "text/csv");
    private final ExportQuery export;

    ExportController(ExportQuery export) {
        this.export = export;
    }

    void register(Javalin app) {
        app.get("/api/export", ctx -> {
            Params.only(ctx, "format", "review", "ids", "depth", "bom", "asOf");
            String type = mediaType(ctx);
            ExportQuery.ExportGraph g = graph(ctx);
            switch (type) {
                case "application/graphml+xml" -> ctx.contentType("application/graphml+xml; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"synergraph.graphml\"")
                        .result(GraphMl.of(g));
                case "text/csv" -> CsvDownload.send(ctx, "synergraph-edges.csv", EdgeCsv.of(g));
                default -> ctx.json(g);
            }
        });
        app.get("/api/export/nodes.csv", ctx -> {
            Params.only(ctx, "review", "ids", "depth", "bom", "asOf");
            CsvDownload.send(ctx, "synergraph-nodes.csv", NodeCsv.of(graph(ctx)));
        });
        app.get("/api/export/edges.csv", ctx -> {
            Params.only(ctx, "review", "ids", "depth", "bom", "asOf");
            CsvDownload.send(ctx, "synergraph-edges.csv", EdgeCsv.of(graph(ctx)));
        });
    }

    private ExportQuery.ExportGraph graph(Context ctx) {
        return export.export(ctx.queryParam("ids"), Params.wholeNumber(ctx, "depth"), ctx.queryParam("review"),
                ctx.queryParam("asOf"));
    }

    /** format= wins; otherwise Accept chooses, JSON first. */
    private static String mediaType(Context ctx) {
        String format = ctx.queryParam("format");
        if (format == null) {
            return MediaTypes.choose(ctx.header("Accept"), OFFERED);
        }
        if (!FORMATS.containsKey(format)) {
            throw Problem.badRequest("bad_format", "format must be json, graphml or csv.");
        }
        return FORMATS.get(format);
    }
}
