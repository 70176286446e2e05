package org.synergraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.synergraph.Synergraph;
import org.synergraph.config.ConfigOptions;
import org.synergraph.export.CsvText;
import org.synergraph.graph.EmbeddedNeo4j;
import org.synergraph.ingest.Progress;
import org.synergraph.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs a named report from cypher/reports and prints it as a table, CSV or JSON. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Run a named report (see 'report --list') and print it.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Report name, e.g. countries_by_initiatives.")
    String name;

    @Option(names = "--list", description = "List the reports and their parameters.")
    boolean list;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A report parameter; repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        try (Synergraph s = Synergraph.open(options.toConfig(), EmbeddedNeo4j.EmbeddedSettings.laptop())) {
            s.ingestBundledCorpus(Progress.none());
            if (list || name == null) {
                s.queries().reports().list().reports().forEach(r -> System.out.println(r.name() + "  " + r.title()
                        + (r.params().isEmpty() ? "" : "  " + r.params().stream()
                        .map(p -> "--param " + p.name() + "=" + (p.defaultValue() == null ? "<" + p.type() + ">"
                                : p.defaultValue())).toList())));
                return 0;
            }
            Table t = s.queries().reports().run(name, params);
            switch (format) {
                case "csv" -> System.out.print(CsvText.of(t));
                case "json" -> System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(t));
                case "table" -> System.out.print(TextTable.of(t));
                default -> throw new IllegalArgumentException("--format must be table, csv or json");
            }
        }
        return 0;
    }
}
