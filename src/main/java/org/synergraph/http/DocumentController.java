package org.synergraph.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.synergraph.corpus.DocumentFormats;
import org.synergraph.ingest.IngestService;
import org.synergraph.ingest.NewDocument;
import org.synergraph.problem.Problem;
import org.synergraph.query.DocumentQuery;

/**
 * GET /api/documents, GET /api/documents/{id}, POST /api/documents (admin token) to ingest a new one, as a JSON
 * body or as a multipart upload of a .pdf, .docx, .html/.htm, .txt or .md file in field {@code file}, and
 * GET /api/documents/{id}/original for an uploaded document's file as it came, and DELETE /api/documents/{id}
 * (admin token) to remove one.
 */
final class DocumentController {
    private final DocumentQuery documents;
    private final IngestService ingest;
    private final DocumentFormats formats;
    private final AdminGuard admin;
    private final ObjectMapper json;

    DocumentController(DocumentQuery documents, IngestService ingest, DocumentFormats formats, AdminGuard admin,
                       ObjectMapper json) {
        this.documents = documents;
        this.ingest = ingest;
        this.formats = formats;
        this.admin = admin;
        this.json = json;
    }

    void register(Javalin app) {
        app.get("/api/documents", ctx -> {
            Params.only(ctx, "offset", "limit");
            ctx.json(documents.page(Params.wholeNumber(ctx, "offset"), Params.wholeNumber(ctx, "limit")));
        });
        app.get("/api/documents/{id}", ctx -> {
            Params.only(ctx);
            ctx.json(documents.text(ctx.pathParam("id")));
        });
        app.post("/api/documents", ctx -> {
            admin.require(ctx);
            Params.only(ctx);
            IngestService.Outcome outcome = isMultipart(ctx) ? upload(ctx)
                    : ingest.ingest(JsonBody.read(json, ctx.bodyAsBytes(), NewDocument.class));
            ctx.status(outcome.changed() ? HttpStatus.CREATED : HttpStatus.OK).json(outcome);
        });
        app.get("/api/documents/{id}/original", ctx -> {
            Params.only(ctx);
            DocumentQuery.DocumentInfo doc = documents.info(ctx.pathParam("id"));
            Path file = ingest.original(doc.id());
            String name = doc.originalFile() != null ? doc.originalFile() : doc.id();
            ctx.contentType(formats.mediaType(name));
            ctx.header("Content-Disposition", Downloads.attachment(name));
            ctx.result(Files.readAllBytes(file));
        });
        app.delete("/api/documents/{id}", ctx -> {
            admin.require(ctx);
            Params.only(ctx);
            ctx.json(ingest.remove(ctx.pathParam("id")));
        });
    }

    private static boolean isMultipart(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.startsWith("multipart/form-data");
    }

    private IngestService.Outcome upload(Context ctx) throws IOException {
        UploadedFile file = uploadedFile(ctx);
        if (file == null) {
            throw Problem.badRequest("missing_file", "Send the document as a multipart field named 'file'.");
        }
        String name = file.filename() == null ? "" : file.filename();
        formats.checkSize(name, file.size());
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readAllBytes();
        }
        String text = formats.text(name, bytes);
        return ingest.ingestUpload(new NewDocument(ctx.formParam("id"), ctx.formParam("title"),
                ctx.formParam("language"), text, ctx.formParam("symbol"), ctx.formParam("date"),
                ctx.formParam("body"), ctx.formParam("meeting"), name), bytes);
    }

    private static UploadedFile uploadedFile(Context ctx) {
        try {
            return ctx.uploadedFile("file");
        } catch (Exception e) { // Jetty's parser throws IOException (undeclared, through Kotlin) on a broken body
            throw new Problem(Problem.Kind.BAD_REQUEST, "bad_multipart", "The multipart body could not be read;"
                    + " send the document as a complete multipart field named 'file'.", e);
        }
    }
}
