package org.synergraph.http;

import io.javalin.http.Context;
import org.synergraph.export.CsvText;
import org.synergraph.problem.Problem;

/**
 * Sends CSV text as a download. A UTF-8 byte order mark goes first when asked for ({@code bom=true}) and, unless
 * {@code bom=false}, when a browser navigates to the file (a download link): Excel needs it to read Chinese, while
 * scripts and other programs usually do not want it.
 */
final class CsvDownload {
    private CsvDownload() {
    }

    static void send(Context ctx, String fileName, String csv) {
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .result(wantsBom(ctx) ? CsvText.BOM + csv : csv);
    }

    static boolean wantsBom(Context ctx) {
        String bom = ctx.queryParam("bom");
        if (bom != null) {
            if (!bom.equals("true") && !bom.equals("false")) {
                throw Problem.badRequest("bad_parameter", "'bom' must be true or false.");
            }
            return bom.equals("true");
        }
        return "navigate".equals(ctx.header("Sec-Fetch-Mode")) || "document".equals(ctx.header("Sec-Fetch-Dest"));
    }
}
