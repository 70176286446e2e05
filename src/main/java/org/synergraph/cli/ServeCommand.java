package org.synergraph.cli;

import io.javalin.Javalin;
import java.util.concurrent.CountDownLatch;
import org.synergraph.Synergraph;
import org.synergraph.config.Config;
import org.synergraph.config.ConfigOptions;
import org.synergraph.graph.EmbeddedNeo4j;
import org.synergraph.http.AppFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Opens the graph, loads the bundled corpus when needed, and serves the explorer and API until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the explorer and API (default command). Builds the graph from the bundled corpus"
                + " when the graph is empty or the corpus changed.")
final class ServeCommand implements Runnable {
    @Mixin
    ConfigOptions options;

    @Override
    public void run() {
        Config config = options.toConfig();
        long t0 = System.nanoTime();
        Synergraph synergraph = Synergraph.open(config, EmbeddedNeo4j.EmbeddedSettings.laptop());
        Javalin app;
        try {
            BoltNotice.print(config, synergraph.graph());
            BoltNotice.printHttpExposure(config);
            CorpusLoading.startOrRetry(synergraph);
            app = AppFactory.create(synergraph).start(config.httpHost(), config.httpPort());
        } catch (RuntimeException e) {
            synergraph.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping: HTTP server, then driver, then graph.");
            app.stop();
            synergraph.close();
            stopped.countDown();
        }, "synergraph-shutdown"));
        System.out.printf("Synergraph ready in %.1f s: http://%s:%d/%n", (System.nanoTime() - t0) / 1e9,
                BoltNotice.loopback(config.httpHost()) ? "localhost" : config.httpHost(), app.port());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
