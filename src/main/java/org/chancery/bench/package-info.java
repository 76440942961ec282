/**
 * Benchmarks: a deterministic synthetic corpus sampled from real documents
 * ({@link org.chancery.bench.CorpusModel}, {@link org.chancery.bench.CorpusGenerator}) and
 * the runner behind {@code chancery bench run} ({@link org.chancery.bench.BenchRunner}),
 * with the straight-Solr and PostgreSQL baselines.
 *
 * <p>Depends on {@code archive}, {@code search}, {@code store} and {@code record}; nothing
 * depends on it but {@code cli}. To add a benchmark: measure it in {@code BenchRunner} (a
 * phase per corpus size; long loops report to the {@code Progress}), record every number
 * with {@code Results.add(docs, metric, engine, clients, query, value, unit)} so it reaches
 * the table, results.csv and, for search latencies, chart.png. A load of queries goes
 * through {@code ClosedLoop}, so every engine is measured the same way; the server as its
 * own process is {@code ServerPhase}. To add a query to the mix,
 * add it to {@code QueryMix.standard} — it then runs through the HTTP API, straight Solr
 * (the parameters the archive builds, captured by {@code SolrCapture}) and PostgreSQL
 * ({@code PostgresBaseline.search} must translate its filters).
 */
package org.chancery.bench;
