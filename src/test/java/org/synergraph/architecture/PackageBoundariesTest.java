package org.synergraph.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pipeline's layers apart: which packages may use the web framework, the driver, and embedded Neo4j. The
 * benchmarks measure every layer against the one below it, so they may use all of them.
 */
class PackageBoundariesTest {
    private static final Path MAIN = Path.of("src/main/java/org/synergraph");

    private static List<String> importersOf(String prefix, List<String> allowedPackages) throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(f.getParent()).toString();
                boolean imports = Files.readAllLines(f).stream().anyMatch(l -> l.startsWith("import " + prefix));
                if (imports && !allowedPackages.contains(pkg)) {
                    offenders.add(MAIN.relativize(f).toString());
                }
            }
        }
        return offenders;
    }

    @Test
    void only_http_the_serve_command_and_the_benchmarks_know_javalin() throws IOException {
        List<String> offenders = importersOf("io.javalin", List.of("http", "bench"));
        offenders.remove("cli/ServeCommand.java");

        assertEquals(List.of(), offenders);
    }

    @Test
    void only_graph_facing_packages_use_the_driver() throws IOException {
        assertEquals(List.of(), importersOf("org.neo4j.driver", List.of("graph", "query", "ingest", "bench")));
    }

    @Test
    void only_the_graph_package_touches_embedded_neo4j() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String internal : List.of("org.neo4j.dbms", "org.neo4j.configuration", "org.neo4j.kernel",
                "org.neo4j.graphdb")) {
            offenders.addAll(importersOf(internal, List.of("graph")));
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void the_pipeline_stages_do_not_reach_into_the_read_side() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String readSide : List.of("org.synergraph.http", "org.synergraph.query")) {
            offenders.addAll(importersOf(readSide, List.of("http", "query", "export", "cli", "bench", "")));
        }
        assertEquals(List.of(), offenders);
    }
}
