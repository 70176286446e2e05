package org.synergraph;

import org.synergraph.config.Config;
import org.synergraph.config.Resources;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.EmbeddedNeo4j;
import org.synergraph.graph.Graph;
import org.synergraph.graph.GraphMode;
import org.synergraph.graph.SchemaInstaller;
import org.synergraph.corpus.CorpusManifest;
import org.synergraph.corpus.MetadataFinder;
import org.synergraph.corpus.Segmenter;
import org.synergraph.discovery.EntityDiscovery;
import org.synergraph.extract.CuratedAssertions;
import org.synergraph.extract.Gazetteer;
import org.synergraph.extract.MentionFinder;
import org.synergraph.relations.RelationReader;
import org.synergraph.corpus.DocumentFormats;
import org.synergraph.ingest.Backup;
import org.synergraph.ingest.GraphRows;
import org.synergraph.review.JudgementReplay;
import org.synergraph.review.ReviewService;
import org.synergraph.ingest.GraphWriter;
import org.synergraph.ingest.IngestService;
import org.synergraph.ingest.Originals;
import org.synergraph.ingest.Pipeline;
import org.synergraph.ingest.Progress;
import org.synergraph.problem.Problem;
import org.synergraph.query.AsOfResolver;
import org.synergraph.query.CorpusDatesQuery;
import org.synergraph.query.CypherConsole;
import org.synergraph.query.TimelineQuery;
import org.synergraph.query.DocumentQuery;
import org.synergraph.query.EdgeQuery;
import org.synergraph.query.EntityLookup;
import org.synergraph.query.EntityQuery;
import org.synergraph.query.ExportQuery;
import org.synergraph.query.FreshNameIndex;
import org.synergraph.query.HealthQuery;
import org.synergraph.query.NeighbourhoodQuery;
import org.synergraph.query.OverlapQuery;
import org.synergraph.query.PathQuery;
import org.synergraph.query.ReadCache;
import org.synergraph.query.ReportCatalog;
import org.synergraph.query.ReviewQueueQuery;
import org.synergraph.query.SearchQuery;
import org.synergraph.query.SharedActivityQuery;

/**
 * The application wired together: configuration, the graph connection with its schema applied, the query
 * library, and the services built on them. Closing it closes the graph.
 */
public final class Synergraph implements AutoCloseable {
    private final Config config;
    private final Resources resources;
    private final Graph graph;
    private final SchemaInstaller schema;
    private final CypherLibrary library;
    private final Queries queries;
    private final Gazetteer gazetteer;
    private final IngestService ingest;
    private final DocumentFormats formats;
    private final JudgementReplay replay;
    private final ReviewService review;

    private Synergraph(Config config, Resources resources, Graph graph, CypherLibrary library) {
        this.config = config;
        this.resources = resources;
        this.graph = graph;
        this.schema = new SchemaInstaller(graph, resources);
        this.library = library;
        this.queries = Queries.build(config, resources, graph, library);
        this.gazetteer = Gazetteer.load(resources);
        Pipeline pipeline = new Pipeline(Segmenter.create(), MentionFinder.of(gazetteer),
                RelationReader.load(resources), CuratedAssertions.load(resources, gazetteer),
                EntityDiscovery.load(resources, gazetteer));
        this.replay = new JudgementReplay(library);
        this.review = new ReviewService(graph, library, replay);
        this.ingest = new IngestService(graph, library, pipeline,
                new GraphWriter(graph, library,
                        new GraphRows(gazetteer, org.synergraph.extract.StatedPeriods.load(resources)), replay), MetadataFinder.load(resources),
                new Originals(config.dataDir().resolve("originals")));
        this.formats = DocumentFormats.standard(config.limits().maxBodyBytes());
    }

    /**
     * Brings the graph up to date with the corpus bundled in the jar (or the resource folder), first applying the
     * schema if {@link #open} could not (an external graph that was down). Idempotent; an unreachable graph
     * surfaces as an UNAVAILABLE problem.
     */
    public IngestService.Summary ingestBundledCorpus(Progress progress) {
        schema.ensureApplied();
        return ingest.ingestAll(CorpusManifest.from(resources).load(), progress);
    }

    public IngestService ingest() {
        return ingest;
    }

    /** The readers of uploaded files (PDF, Word, HTML, text), with the configured size limit. */
    public DocumentFormats formats() {
        return formats;
    }

    /** Reviewers' decisions: recorded, checked, and replayed after every write. */
    public ReviewService review() {
        return review;
    }

    /** Backup and restore; a restore keeps the judgements the graph has and replays them all. */
    public Backup backup() {
        return new Backup(graph, library, replay);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Every question the API answers, each its own class. */
    public record Queries(ReadCache cache, HealthQuery health, SearchQuery search, EntityQuery entities, NeighbourhoodQuery neighbourhood,
                          EdgeQuery edges, PathQuery paths, SharedActivityQuery shared, OverlapQuery overlap,
                          DocumentQuery documents, ReportCatalog reports, CypherConsole console, ExportQuery export,
                          ReviewQueueQuery review, TimelineQuery timeline, CorpusDatesQuery dates) {

        static Queries build(Config config, Resources resources, Graph graph, CypherLibrary library) {
            Config.Limits limits = config.limits();
            EntityLookup lookup = new EntityLookup(graph, library);
            CorpusDatesQuery dates = new CorpusDatesQuery(graph, library);
            AsOfResolver asOf = new AsOfResolver(dates, java.time.Clock.systemUTC());
            SharedActivityQuery shared = new SharedActivityQuery(graph, library, lookup, limits.maxIdsPerQuery(), asOf);
            EntityQuery entities = new EntityQuery(graph, library, limits.paging(), asOf);
            ReadCache cache = ReadCache.of(graph);
            return new Queries(cache, new HealthQuery(graph, library, cache), new SearchQuery(FreshNameIndex.of(graph, library), limits.paging()),
                    entities, new NeighbourhoodQuery(graph, library, limits.bounds(), asOf),
                    new EdgeQuery(graph, library), new PathQuery(graph, library, lookup, limits.bounds(), asOf), shared,
                    new OverlapQuery(graph, library, shared, lookup), new DocumentQuery(graph, library, limits.paging()),
                    ReportCatalog.load(graph, resources, limits.maxResultRows(), asOf),
                    new CypherConsole(graph, limits.queryTimeout(), limits.consoleRowCap()),
                    new ExportQuery(graph, library, lookup, limits.maxIdsPerQuery(), limits.bounds(), asOf),
                    new ReviewQueueQuery(graph, library, limits.paging()),
                    new TimelineQuery(graph, library, limits.paging(), entities, asOf), dates);
        }
    }

    /**
     * Opens the graph (starting the embedded DBMS when no external one is configured) and applies the schema, so
     * every command and test that opens a graph gets its constraints and indexes. An external graph that cannot be
     * reached yet opens without it; {@link #ingestBundledCorpus} applies it once the graph answers.
     */
    public static Synergraph open(Config config, EmbeddedNeo4j.EmbeddedSettings settings) {
        Resources resources = Resources.from(config.resourceRoot());
        CypherLibrary library = CypherLibrary.load(resources);
        Graph graph = Graph.open(config, settings);
        try {
            Synergraph synergraph = new Synergraph(config, resources, graph, library);
            synergraph.applySchemaIfReachable();
            return synergraph;
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    private void applySchemaIfReachable() {
        try {
            schema.ensureApplied();
        } catch (Problem p) {
            if (p.kind() != Problem.Kind.UNAVAILABLE || graph.mode() != GraphMode.EXTERNAL) {
                throw p;
            }
            // An external Neo4j that is down: serve starts anyway (CorpusLoading), and the corpus load applies it.
        }
    }

    public Config config() {
        return config;
    }

    public Resources resources() {
        return resources;
    }

    public Graph graph() {
        return graph;
    }

    public CypherLibrary library() {
        return library;
    }

    public Queries queries() {
        return queries;
    }

    @Override
    public void close() {
        graph.close();
    }
}
