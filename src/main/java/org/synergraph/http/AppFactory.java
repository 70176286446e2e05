package org.synergraph.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import java.util.Optional;
import org.synergraph.Synergraph;
import org.synergraph.config.Tokens;

/** Builds the HTTP application, unstarted, so that tests can start it on any port. */
public final class AppFactory {
    private AppFactory() {
    }

    public static Javalin create(Synergraph synergraph) {
        return create(synergraph, synergraph.config().tokens());
    }

    /** As {@link #create(Synergraph)}, with only the admin token given here; empty switches the write endpoints off. */
    public static Javalin create(Synergraph synergraph, Optional<String> adminToken) {
        return create(synergraph, Tokens.adminOnly(adminToken));
    }

    /** As {@link #create(Synergraph)}, accepting these tokens; none switches the write endpoints off. */
    public static Javalin create(Synergraph synergraph, Tokens tokens) {
        ObjectMapper json = JsonMapper.create();
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = synergraph.config().limits().maxBodyBytes();
            // Webjar paths carry their version (/webjars/cytoscape/3.33.1/…): a path's bytes never change.
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/webjars";
                sf.directory = "META-INF/resources/webjars";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
            });
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonJettyErrors()));
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                // The explorer's own files are not versioned: keep them, but revalidate (ETag, Last-Modified).
                sf.headers = Map.of("Cache-Control", "no-cache");
                if (synergraph.resources().root().isPresent()) {
                    sf.directory = synergraph.resources().root().get().resolve("web").toString();
                    sf.location = Location.EXTERNAL;
                } else {
                    sf.directory = "/web";
                    sf.location = Location.CLASSPATH;
                }
            });
        });
        ErrorMapping.install(app);
        SecurityHeaders.install(app);
        CorsHeaders.install(app, synergraph.config().corsOrigins());
        Synergraph.Queries q = synergraph.queries();
        AdminGuard guard = new AdminGuard(tokens);
        CachedJson cached = new CachedJson(q.cache(), json);
        new OpenApiController(synergraph.resources()).register(app);
        new HealthController(q.health()).register(app);
        new SearchController(q.search()).register(app);
        new ReviewController(q.review(), synergraph.review(), guard, json).register(app);
        new EntityController(q.entities(), q.neighbourhood(), q.edges()).register(app);
        new TimeController(q.timeline(), q.dates()).register(app);
        new SynergyController(q.shared(), q.overlap(), q.paths(), cached).register(app);
        new ReportController(q.reports(), cached).register(app);
        new ConsoleController(q.console(), json).register(app);
        new ExportController(q.export()).register(app);
        new DocumentController(q.documents(), synergraph.ingest(), synergraph.formats(), guard,
                json).register(app);
        HttpConventions.install(app, synergraph.graph()::version);
        return app;
    }
}
