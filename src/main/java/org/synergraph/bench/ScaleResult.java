package org.synergraph.bench;

import java.util.List;
import org.synergraph.query.HealthQuery;

/**
 * Everything measured at one scale, each with the machine load seen when it was taken.
 *
 * @param scale          times the bundled corpus
 * @param documents      synthetic documents
 * @param textBytes      UTF-8 bytes of raw text
 * @param generateSecs   seconds to generate the corpus (gazetteer included)
 * @param extract        segmentation and mention finding rates
 * @param extractLoad    load while measuring them
 * @param ingest         end-to-end ingest
 * @param ingestLoad     load after the ingest
 * @param counts         size of the resulting graph
 * @param reads          API and driver latencies
 * @param readLoad       load after the read series
 * @param nameIndex      search's name index: of this graph, and of 10^5 synthetic entities
 * @param load           wrk runs (empty when wrk is missing or load was skipped)
 * @param loadLoad       load after the wrk runs
 */
record ScaleResult(int scale, int documents, long textBytes, double generateSecs, List<ExtractBench.Rate> extract,
                   String extractLoad, IngestBench.Result ingest, String ingestLoad, HealthQuery.Counts counts,
                   List<ReadBench.Result> reads, String readLoad, List<NameIndexBench.Result> nameIndex,
                   List<LoadBench.Result> load, String loadLoad) {
}
