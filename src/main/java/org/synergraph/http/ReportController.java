package org.synergraph.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.synergraph.export.CsvText;
import org.synergraph.problem.Problem;
import org.synergraph.query.Ids;
import org.synergraph.query.ReportCatalog;
import org.synergraph.query.Table;

/** GET /api/reports and /api/reports/{name}, as JSON (kept in the read cache) or, with Accept: text/csv or format=csv, as CSV. */
final class ReportController {
    /** Query parameters of the endpoint itself; every other parameter is the report's (some reports take 'limit'). */
    private static final java.util.Set<String> PAGING_AND_FORMAT = java.util.Set.of("format", "bom", "offset", "pageSize");
    private final ReportCatalog reports;
    private final CachedJson cached;

    ReportController(ReportCatalog reports, CachedJson cached) {
        this.reports = reports;
        this.cached = cached;
    }

    void register(Javalin app) {
        app.get("/api/reports", ctx -> {
            Params.only(ctx);
            ctx.json(reports.list());
        });
        app.get("/api/reports/{name}", ctx -> {
            Map<String, String> given = new HashMap<>();
            ctx.queryParamMap().forEach((k, v) -> {
                if (v.size() > 1) {
                    throw Problem.badRequest("repeated_parameter", "Parameter '" + Ids.abbreviate(k) + "' is given more than once.");
                }
                if (!PAGING_AND_FORMAT.contains(k)) {
                    given.put(k, v.get(0));
                }
            });
            String name = ctx.pathParam("name");
            if (wantsCsv(ctx)) {
                CsvDownload.send(ctx, name.replaceAll("[^A-Za-z0-9_-]", "") + ".csv", CsvText.of(page(ctx, name, given)));
            } else {
                cached.send(ctx, "reports/" + name, () -> page(ctx, name, given));
            }
        });
    }

    private Table page(Context ctx, String name, Map<String, String> given) {
        return reports.run(name, given, Params.wholeNumber(ctx, "offset"), Params.wholeNumber(ctx, "pageSize"));
    }

    /** format= wins; otherwise the Accept header, with its q-values and order, chooses between JSON and CSV. */
    static boolean wantsCsv(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null) {
            if (!format.equals("csv") && !format.equals("json")) {
                throw Problem.badRequest("bad_format", "format must be json or csv.");
            }
            return format.equals("csv");
        }
        return MediaTypes.choose(ctx.header("Accept"), List.of("application/json", "text/csv")).equals("text/csv");
    }
}
