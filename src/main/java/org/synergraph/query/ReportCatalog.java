package org.synergraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synergraph.config.Config;
import org.synergraph.config.Resources;
import org.synergraph.graph.CypherFile;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/**
 * The named reports of {@code cypher/reports/*.cypher}: their descriptions from the headers, and running them. Every
 * report declares a {@code review} parameter (any, unrejected or accepted; default unrejected), so that rejected
 * facts leave report answers as they leave every other answer; loading refuses a report without one.
 */
public final class ReportCatalog {
    private final Graph graph;
    private final Map<String, Report> reports;
    /** The parameter every report takes: only evidence from documents dated by then counts. */
    public static final String AS_OF = "asOf";
    private final int maxRows;
    private final AsOfResolver asOf;

    private ReportCatalog(Graph graph, Map<String, Report> reports, int maxRows, AsOfResolver asOf) {
        this.graph = graph;
        this.reports = reports;
        this.maxRows = maxRows;
        this.asOf = asOf;
    }

    /** A report as clients see it. */
    public record Report(String name, String title, String description, List<ReportParam> params,
                         List<String> columns, @com.fasterxml.jackson.annotation.JsonIgnore String statement) {
    }

    /** All reports. */
    public record ReportList(List<Report> reports) {
    }

    public static ReportCatalog load(Graph graph, Resources resources, int maxRows, AsOfResolver asOf) {
        Map<String, Report> byName = new LinkedHashMap<>();
        for (String file : resources.list("cypher/reports", ".cypher")) {
            String name = file.substring(0, file.length() - ".cypher".length());
            CypherFile c = CypherFile.parse(name, resources.read("cypher/reports/" + file));
            List<ReportParam> params = new ArrayList<>();
            c.headerLines().stream().filter(l -> l.startsWith("param:"))
                    .forEach(l -> params.add(ReportParam.parse(name, l.substring("param:".length()))));
            if (params.stream().noneMatch(p -> p.name().equals("review") && p.type().equals("review"))) {
                throw new IllegalStateException("report " + name + " declares no '// param: review review unrejected …'"
                        + " line: every report must let rejected facts leave its answer");
            }
            String title = c.header().get("title");
            if (title == null) {
                throw new IllegalStateException("report " + name + " has no '// title:' header line");
            }
            List<String> columns = List.of(c.header().getOrDefault("columns", "").split("\\s*,\\s*"));
            byName.put(name, new Report(name, title, c.header().getOrDefault("description", ""), params, columns,
                    c.statement()));
        }
        return new ReportCatalog(graph, byName, maxRows, asOf);
    }

    public ReportList list() {
        return new ReportList(List.copyOf(reports.values()));
    }

    /** Runs a report and returns all its rows up to the row cap. */
    public Table run(String name, Map<String, String> given) {
        return run(name, given, null, null);
    }

    /**
     * Runs a report with the given parameter texts and returns one page of its rows ({@code pageSize} defaults to
     * the row cap, which is also the largest page); unknown parameters and bad values are 400 problems.
     */
    public Table run(String name, Map<String, String> given, Integer offset, Integer pageSize) {
        Report report = reports.get(name);
        if (report == null) {
            throw Problem.notFound("unknown_report", "No report is named '" + Ids.abbreviate(name)
                    + "'. Known reports: " + String.join(", ", reports.keySet()) + ".");
        }
        Set<String> known = new java.util.HashSet<>();
        report.params().forEach(p -> known.add(p.name()));
        for (String key : given.keySet()) {
            if (!known.contains(key) && !AS_OF.equals(key)) {
                throw Problem.badRequest("unknown_parameter", "Report '" + name + "' has no parameter '"
                        + Ids.abbreviate(key) + "'" + (known.isEmpty() ? "." : "; it takes " + known + "."));
            }
        }
        Map<String, Object> params = new HashMap<>();
        report.params().forEach(p -> params.put(p.name(), p.value(given.get(p.name()))));
        AsOf when = asOf.resolve(given.get(AS_OF));
        params.put(AS_OF, AsOf.until(when));
        List<List<Object>> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        graph.read(report.statement(), params, r -> {
            if (columns.isEmpty()) {
                columns.addAll(r.keys());
            }
            return r.values().stream().map(JsonValues::plain).toList();
        }).forEach(rows::add);
        PageRequest page = PageRequest.of(new Config.Paging(maxRows, maxRows, Integer.MAX_VALUE), offset, pageSize);
        int from = Math.min(page.offset(), rows.size());
        int to = Math.min(page.offset() + page.limit(), rows.size());
        List<String> cols = columns.isEmpty() ? report.columns() : columns;
        return new Table(cols, rows.subList(from, to), to < rows.size(), rows.size(), page.offset(), page.limit(),
                null, null, when);
    }
}
