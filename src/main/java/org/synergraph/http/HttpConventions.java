package org.synergraph.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.synergraph.graph.GraphVersion;

/**
 * What every API answer does the same way, in one place: validators from the graph's version (a weak ETag and
 * Last-Modified) with 304 on revalidation, {@code Cache-Control: no-cache} (store, but ask first), Vary where Accept
 * or Accept-Encoding change the body, HEAD with GET's headers, OPTIONS and 405 with Allow.
 */
final class HttpConventions {
    /** Changes on every start, so a new build's answers never match an old build's tags. */
    private static final String BOOT = Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36);
    /** IMF-fixdate, the one form HTTP servers send (RFC 9110 §5.6.7). */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Set<HandlerType> METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.DELETE, HandlerType.PATCH);
    private final Javalin app;
    private final Supplier<GraphVersion> version;

    private HttpConventions(Javalin app, Supplier<GraphVersion> version) {
        this.app = app;
        this.version = version;
    }

    /** Installs the conventions; call after every route is registered. */
    static void install(Javalin app, Supplier<GraphVersion> version) {
        HttpConventions c = new HttpConventions(app, version);
        app.before("/api/*", c::validators);
        app.after(c::afterwards);
        List<Endpoint> endpoints = c.endpoints();
        Set<String> paths = new LinkedHashSet<>();
        for (Endpoint e : endpoints) {
            paths.add(e.getPath());
            if (e.getMethod() == HandlerType.GET) {
                app.head(e.getPath(), e.getHandler());
            }
        }
        for (String path : paths) {
            app.options(path, ctx -> ctx.header(Header.ALLOW, c.allow(ctx.path())).status(HttpStatus.NO_CONTENT));
        }
    }

    /**
     * Answers whose body also depends on the Accept header (format= in the query string still wins) and, for CSV,
     * on whether a browser navigates to it (see CsvDownload).
     */
    static boolean negotiates(String path) {
        return path.startsWith("/api/reports/") || path.startsWith("/api/export");
    }

    private void validators(Context ctx) {
        HandlerType method = ctx.method();
        if ((method != HandlerType.GET && method != HandlerType.HEAD) || ctx.path().equals("/api/health")) {
            ctx.header(Header.CACHE_CONTROL, "no-store");
            return;
        }
        GraphVersion v = version.get();
        boolean negotiated = negotiates(ctx.path());
        String variant = ctx.header(Header.ACCEPT) + "|" + ctx.header("Sec-Fetch-Mode") + "|" + ctx.header("Sec-Fetch-Dest");
        String tag = "W/\"" + BOOT + "-" + Long.toString(v.id(), 36)
                + (negotiated ? "-" + Integer.toHexString(variant.hashCode()) : "") + "\"";
        ctx.header(Header.ETAG, tag);
        ctx.header(Header.LAST_MODIFIED, HTTP_DATE.format(v.since()));
        ctx.header(Header.CACHE_CONTROL, "no-cache");
        if (negotiated) {
            VaryHeader.add(ctx, "Accept", "Accept-Encoding", "Sec-Fetch-Dest", "Sec-Fetch-Mode"); // CSV's BOM
        } else {
            VaryHeader.add(ctx, "Accept-Encoding");
        }
        if (notModified(ctx, tag, v.since())) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            ctx.skipRemainingHandlers();
        }
    }

    /** If-None-Match wins over If-Modified-Since (RFC 9110 §13.1.3); tags compare weakly. */
    static boolean notModified(Context ctx, String tag, Instant since) {
        String noneMatch = ctx.header(Header.IF_NONE_MATCH);
        if (noneMatch != null) {
            for (String candidate : noneMatch.split(",")) {
                String c = candidate.strip();
                if (c.equals("*") || opaque(c).equals(opaque(tag))) {
                    return true;
                }
            }
            return false;
        }
        String modifiedSince = ctx.header(Header.IF_MODIFIED_SINCE);
        if (modifiedSince == null) {
            return false;
        }
        try {
            Instant client = ZonedDateTime.parse(modifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !since.isAfter(client);
        } catch (DateTimeParseException e) {
            return false; // an unreadable date is ignored, as RFC 9110 says
        }
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** Errors are never stored or revalidated; 405 says which methods the path takes. */
    private void afterwards(Context ctx) {
        int status = ctx.statusCode();
        if (status >= 400 && ctx.path().startsWith("/api/")) {
            ctx.res().setHeader(Header.ETAG, null);
            ctx.res().setHeader(Header.LAST_MODIFIED, null);
            ctx.header(Header.CACHE_CONTROL, "no-store");
        }
        if (status == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
            ctx.header(Header.ALLOW, allow(ctx.path()));
        }
    }

    /** The methods a request path takes: those registered for a matching route, plus HEAD and OPTIONS. */
    String allow(String requestPath) {
        Set<String> methods = new TreeSet<>();
        for (ParsedEndpoint e : app.unsafeConfig().pvt.internalRouter.allHttpHandlers()) {
            if (METHODS.contains(e.getEndpoint().getMethod()) && e.matches(requestPath)) {
                methods.add(e.getEndpoint().getMethod().name());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }

    private List<Endpoint> endpoints() {
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream().map(ParsedEndpoint::getEndpoint)
                .filter(e -> METHODS.contains(e.getMethod())).toList();
    }
}
