package org.synergraph.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries, checked on the compiled classes by every type a class uses (fields, signatures, calls,
 * annotations), not by its import lines: fully qualified names and wildcard imports cannot slip past. The benchmarks
 * measure every layer against the one below it, so they may use all of them.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.synergraph");

    @Test
    void only_http_the_serve_command_and_the_benchmarks_use_javalin() {
        noClasses().that().resideOutsideOfPackages("org.synergraph.http..", "org.synergraph.bench..")
                .and().doNotHaveFullyQualifiedName("org.synergraph.cli.ServeCommand")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .check(MAIN);
    }

    @Test
    void only_graph_facing_packages_use_the_driver() {
        noClasses().that().resideOutsideOfPackages("org.synergraph.graph..", "org.synergraph.query..",
                        "org.synergraph.ingest..", "org.synergraph.review..", "org.synergraph.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.driver..")
                .check(MAIN);
    }

    @Test
    void only_the_graph_package_touches_embedded_neo4j() {
        noClasses().that().resideOutsideOfPackage("org.synergraph.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.dbms..", "org.neo4j.configuration..",
                        "org.neo4j.kernel..", "org.neo4j.graphdb..", "org.neo4j.internal..", "org.neo4j.storageengine..")
                .check(MAIN);
    }

    @Test
    void http_controllers_never_reach_neo4j_directly() {
        noClasses().that().resideInAPackage("org.synergraph.http..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..")
                .check(MAIN);
    }

    @Test
    void the_pipeline_stages_and_configuration_do_not_reach_into_the_read_side() {
        noClasses().that().resideInAnyPackage("org.synergraph.corpus..", "org.synergraph.extract..",
                        "org.synergraph.ingest..", "org.synergraph.graph..", "org.synergraph.config..",
                        "org.synergraph.problem..")
                .should().dependOnClassesThat().resideInAnyPackage("org.synergraph.http..", "org.synergraph.query..",
                        "org.synergraph.export..", "org.synergraph.cli..")
                .check(MAIN);
    }

    @Test
    void query_and_export_know_nothing_of_http_or_the_command_line() {
        noClasses().that().resideInAnyPackage("org.synergraph.query..", "org.synergraph.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.synergraph.http..", "org.synergraph.cli..",
                        "io.javalin..")
                .check(MAIN);
    }
}
