package org.synergraph.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synergraph.problem.Problem;

/** Maps every failure to {@code {"error","message"}} with the right status, in one place; never a stack trace. */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void install(Javalin app) {
        app.exception(Problem.class, (e, ctx) -> send(ctx, status(e.kind()), e.code(), e.getMessage()));
        app.exception(ValidationException.class, (e, ctx) -> send(ctx, HttpStatus.BAD_REQUEST, "bad_parameter",
                e.getErrors().entrySet().stream()
                        .map(en -> en.getKey() + ": " + en.getValue().stream().map(v -> v.getMessage())
                                .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; "))));
        app.exception(HttpResponseException.class, (e, ctx) -> send(ctx, HttpStatus.forStatus(e.getStatus()),
                codeFor(e.getStatus()), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
                    "Something went wrong on our side; the error has been logged.");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || !isJson(ctx)) {
                send(ctx, HttpStatus.NOT_FOUND, "not_found", "Nothing here: " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(405, ctx -> send(ctx, HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
                ctx.method() + " is not allowed on " + ctx.path()));
    }

    static void send(Context ctx, HttpStatus status, String code, String message) {
        ctx.status(status).json(new ErrorBody(code, message));
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/json");
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 413 -> "too_large";
            default -> "error_" + status;
        };
    }

    static HttpStatus status(Problem.Kind kind) {
        return switch (kind) {
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case NOT_ACCEPTABLE -> HttpStatus.NOT_ACCEPTABLE;
            case TIMEOUT -> HttpStatus.REQUEST_TIMEOUT;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }
}
