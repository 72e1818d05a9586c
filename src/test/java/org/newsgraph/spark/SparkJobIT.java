package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedStore;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.extract.Extractor;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.store.BulkLoad;
import org.newsgraph.store.GraphStore;

/**
 * The Spark job on {@code local[2]} against {@code ingest} of the same inputs: the seeds, generated variants of them
 * (undated ones among them, so news-cycle dating runs on the driver, and near-copies, so events and utterances fuse
 * across articles) and a JSON Lines dump with a broken line. The shards, bulk-loaded, must be the ingested store's
 * graph; only the time each extraction ran differs.
 */
class SparkJobIT {
    private static final Node STARTED = NodeFactory.createURI("http://www.w3.org/ns/prov#startedAtTime");
    private static Path tmp;
    private static List<String> inputs;
    private static SparkJob.Result result;
    private static Path sparkStore;
    private static Path ingestStore;
    private static Ingestion.Summary ingested;

    @BeforeAll
    static void runBoth() throws Exception {
        tmp = SeedStore.tempDir("newsgraph-spark");
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
        new CorpusGenerator(Gazetteer.load(), 7).generate(seeds, 16, tmp.resolve("generated"));
        // a dump: two articles of our own words, a broken line, a record without text
        Files.writeString(tmp.resolve("dump.jsonl"), String.join("\n",
                "{\"url\": \"https://example.org/a\", \"title\": \"Talks in Ankara\", \"published\": \"2019-10-18\","
                        + " \"outlet\": \"Reuters\", \"text\": \"ANKARA (Reuters) - Turkish President Tayyip Erdogan"
                        + " said on Friday that Turkey would resume its offensive if the YPG did not withdraw.\"}",
                "{\"url\": broken",
                "",
                "{\"url\": \"https://example.org/b\", \"title\": \"No text\", \"published\": \"2019-10-19\"}",
                "{\"url\": \"https://example.org/c\", \"title\": \"Idlib\", \"published\": \"2019-10-20\","
                        + " \"outlet\": \"Al Jazeera\", \"text\": \"Syrian government forces shelled the town of"
                        + " Maarat al-Numan in Idlib province on Saturday, killing at least six civilians, according"
                        + " to the Syrian Observatory for Human Rights.\"}") + "\n", StandardCharsets.UTF_8);
        inputs = List.of("seeds", tmp.resolve("generated").toString(), tmp.resolve("dump.jsonl").toString());

        StringWriter progress = new StringWriter();
        result = SparkJob.run(new SparkJob.Options(inputs, tmp.resolve("shards").toString(), "local[2]", 3, 2,
                Map.of()), new PrintWriter(progress));
        sparkStore = tmp.resolve("spark-store");
        BulkLoad.load(sparkStore, result.localShards());

        ingestStore = tmp.resolve("ingest-store");
        try (GraphStore gs = GraphStore.open(ingestStore)) {
            ingested = new Ingestion(gs, Extractor.builder().build()).run(inputs, System.in, null, 0);
        }
    }

    @Test
    void theShardsLoadIntoTheGraphIngestBuilds() {
        DatasetGraph spark = normalized(sparkStore);
        DatasetGraph ingest = normalized(ingestStore);
        assertTrue(ingest.stream().count() > 10_000, "a corpus worth comparing: " + ingest.stream().count());
        List<String> onlySpark = missingFrom(spark, ingest);
        List<String> onlyIngest = missingFrom(ingest, spark);
        assertTrue(onlySpark.isEmpty() && onlyIngest.isEmpty() && IsoMatcher.isomorphic(spark, ingest),
                "only in the Spark graph: " + head(onlySpark) + "\nonly in the ingested graph: " + head(onlyIngest));
    }

    @Test
    void countsAndMessagesAreIngests() {
        assertEquals(ingested.stored(), result.stored(), "articles stored");
        assertEquals(new TreeSet<>(ingested.failures()), new TreeSet<>(result.failures()));
        assertTrue(result.failures().stream().anyMatch(f -> f.startsWith(tmp.resolve("dump.jsonl") + ":2: ")),
                "the broken line is named by its line: " + result.failures());
        assertTrue(result.failures().stream().anyMatch(f -> f.startsWith(tmp.resolve("dump.jsonl") + ":4: ")),
                "the record without text too: " + result.failures());
        assertTrue(result.dated() > 0, "some undated article was dated by the news cycle");
        assertEquals(new TreeSet<>(ingested.warnings()), new TreeSet<>(result.warnings()));
        assertTrue(result.shards().size() == 2 && result.shards().stream().allMatch(s -> s.endsWith(".nq.gz")),
                "two shards named for loaders: " + result.shards());
        assertEquals(ingested.written().added() - ingested.written().removed(), result.quads(),
                "quads written: the store's count after ingest");
    }

    /** A store's quads, each extraction's start time made one value (it is when the job ran, nothing else). */
    private static DatasetGraph normalized(Path dir) {
        DatasetGraph out = DatasetGraphFactory.create();
        try (GraphStore gs = GraphStore.open(dir)) {
            Dataset ds = gs.dataset();
            ds.begin(TxnType.READ);
            try {
                ds.asDatasetGraph().find().forEachRemaining(q -> out.add(q.getPredicate().equals(STARTED)
                        ? Quad.create(q.getGraph(), q.getSubject(), STARTED, NodeFactory.createLiteralString("t"))
                        : q));
            } finally {
                ds.end();
            }
        }
        return out;
    }

    private static List<String> missingFrom(DatasetGraph a, DatasetGraph b) {
        List<String> out = new ArrayList<>();
        a.find().forEachRemaining(q -> {
            if (!b.contains(q)) {
                out.add(q.toString());
            }
        });
        return out;
    }

    private static String head(List<String> l) {
        return l.size() + " " + l.subList(0, Math.min(8, l.size()));
    }

}
