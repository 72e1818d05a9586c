/**
 * The Spark job: reads a corpus on a cluster (or {@code local[*]}), extracts each article on the executors with one
 * pipeline per JVM, resolves what spans articles (entities, news-cycle dating, fusion of events and utterances) in
 * a second stage, and writes N-Quads shards that {@code newsgraph load} turns into a store: the same graph as
 * {@code ingest} of the same inputs.
 */
package org.newsgraph.spark;
