package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.extract.Extractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleDate;
import org.newsgraph.model.Extraction;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.resolve.EntityIdentity;
import org.newsgraph.resolve.NewsCycleDating;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.WriteOutcome;

/**
 * Runs a batch: read each input, skip it when the store already has the same content, extract, map and store it.
 * A bad input is reported and the batch goes on; each article is stored, and the events and utterances its reports
 * touch are re-fused, in its own transaction.
 */
public final class Ingestion {
    /**
     * The stages an article goes through, checked when the class loads: read (ingest), extract, key its actors and
     * places across articles and date it by news cycle (resolve), map (rdf), store, and fuse its reports into events and utterances (resolve, inside the store's
     * transaction).
     */
    public static final Stage.Chain CHAIN = new Stage.Chain(List.of(
            new Stage("ingest", "read the file into clean text and metadata", Set.of(Stage.Artifact.SOURCE),
                    Set.of(Stage.Artifact.ARTICLE)),
            new Stage("extract", "find actors, statements, incidents, meetings, agreements",
                    Set.of(Stage.Artifact.ARTICLE), Set.of(Stage.Artifact.EXTRACTION)),
            new Stage("resolve: entity identity", "key each actor and place as one node across articles",
                    Set.of(Stage.Artifact.EXTRACTION), Set.of(Stage.Artifact.IDENTIFIED_ENTITIES)),
            new Stage("resolve: news-cycle dating", "date an undated article by the dated ones that report the same",
                    Set.of(Stage.Artifact.IDENTIFIED_ENTITIES), Set.of(Stage.Artifact.ARTICLE_DATE)),
            new Stage("rdf", "map the extraction to the article's graph",
                    Set.of(Stage.Artifact.IDENTIFIED_ENTITIES, Stage.Artifact.ARTICLE_DATE),
                    Set.of(Stage.Artifact.ARTICLE_GRAPH)),
            new Stage("store", "replace the article's graph, update the entities",
                    Set.of(Stage.Artifact.ARTICLE_GRAPH), Set.of(Stage.Artifact.STORED_ARTICLE)),
            new Stage("resolve: fusion", "re-fuse the events and utterances the article's reports touch",
                    Set.of(Stage.Artifact.STORED_ARTICLE), Set.of(Stage.Artifact.FUSED))));

    /**
     * What a batch did.
     *
     * @param reextracted articles whose text was unchanged but were extracted again, because they were stored by
     *                    another extractor (see {@link Extractor#fingerprint()}) or because of {@code force}; they
     *                    are counted in {@code replaced} too
     */
    public record Summary(int added, int replaced, int unchanged, int reextracted, List<String> failures,
                          List<String> warnings, long quads, long millis) {
        public int stored() {
            return added + replaced;
        }
    }

    private final GraphStore store;
    private final Extractor extractor;
    private final ArticleReader reader;
    private final ExtractionMapper mapper;
    private final EntityIdentity identity;
    /** This batch's articles stored without a date, as first extracted. */
    private final List<Extraction> undated = new ArrayList<>();
    /** Extract every article again, even one stored from the same text by the same extractor. */
    private boolean force;
    /** The source of each article id of the running batch. */
    private final java.util.Map<String, String> batchSources = new java.util.HashMap<>();

    public Ingestion(GraphStore store, Extractor extractor) {
        this.store = store;
        this.extractor = extractor;
        Gazetteer g = extractor.gazetteer();
        this.reader = new ArticleReader(g);
        this.mapper = new ExtractionMapper(g);
        this.identity = new EntityIdentity(g);
    }

    /** With {@code true}, articles stored from the same text by the same extractor are extracted again too. */
    public Ingestion force(boolean f) {
        this.force = f;
        return this;
    }

    /**
     * Ingests files and folders; "-" reads standard input.
     *
     * @param progress where to print a progress line every {@code every} articles (and failures as they happen)
     */
    public Summary run(List<String> inputs, InputStream stdin, PrintWriter progress, int every) throws IOException {
        long t0 = System.currentTimeMillis();
        batchSources.clear();
        List<Path> paths = new ArrayList<>();
        boolean readStdin = false;
        for (String in : inputs) {
            if (in.equals("-")) {
                readStdin = true;
            } else {
                paths.add(Path.of(in));
            }
        }
        List<Path> files = reader.expand(paths);
        int total = files.size() + (readStdin ? 1 : 0);
        int[] counts = new int[4];
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int done = 0;
        for (Path f : files) {
            handle(reader.read(f), counts, failures, warnings, progress);
            done++;
            if (progress != null && every > 0 && (done % every == 0 || done == total) && total >= every) {
                progress.printf("  %d/%d articles (%d stored, %d unchanged, %d failed)%n", done, total,
                        counts[0] + counts[1], counts[2], failures.size());
                progress.flush();
            }
        }
        if (readStdin) {
            handle(reader.read(stdin, null), counts, failures, warnings, progress);
        }
        redateLater(warnings);
        return new Summary(counts[0], counts[1], counts[2], counts[3], failures, warnings, store.size(),
                System.currentTimeMillis() - t0);
    }

    /**
     * Articles of this batch that were stored without a date get a second chance once the whole batch is in:
     * a dated article reporting the same statements may have come after them.
     */
    private void redateLater(List<String> warnings) {
        for (Extraction first : undated) {
            Article a = first.article();
            try {
                ArticleDate estimate = store.read(reports -> NewsCycleDating.estimate(first, reports));
                if (estimate != null) {
                    Extraction x = extract(a, estimate);
                    write(mapper.map(x, Extractor.VERSION, Extractor.fingerprint()), true);
                    // the first extraction's date warning ("no publication date", or a weaker guess) is superseded
                    warnings.removeIf(w -> w.startsWith("article " + a.id() + ": no publication date")
                            || w.startsWith("article " + a.id() + ": date "));
                    warnings.addAll(x.warnings());
                }
            } catch (RuntimeException e) {
                warnings.add("article " + a.id() + ": could not be re-dated (" + e + "); kept as stored");
            }
        }
        undated.clear();
    }

    /**
     * Why an article may not take its id, or null: two sources never share one. The id comes from the file name, so
     * "a b.txt" and "a-b.txt", "x.md" and "x.txt", or "one/dup.txt" and "two/dup.txt" would overwrite each other.
     * Within a batch the sources are compared by path; against the store by file name (the same file name is the
     * same article, re-ingested).
     */
    private String idClash(ReadResult r) {
        String id = r.article().id();
        String first = batchSources.putIfAbsent(id, r.source());
        if (first != null && !first.equals(r.source())) {
            return "its article id '" + id + "' is already taken by " + first + " in this batch; rename one of the "
                    + "two files; skipped";
        }
        String stored = store.sourceFileOf(id);
        if (stored != null && !stored.equals(r.article().sourceFile())) {
            batchSources.remove(id, r.source());
            return "its article id '" + id + "' is already taken in the store by '" + stored + "'; rename this file, "
                    + "or remove the stored article first; skipped";
        }
        return null;
    }

    /** The extract stage and the entity-identity stage of the chain: the article's facts, its actors keyed. */
    private Extraction extract(Article a, ArticleDate hint) {
        return identity.resolve(extractor.extract(a, hint));
    }

    /**
     * Stores an article and re-fuses the events and utterances its reports touch, in one transaction: readers see
     * the article and its events change together.
     */
    private WriteOutcome write(ArticleGraph ag, boolean evenIfUnchanged) {
        return store.update(u -> {
            EventUpdate.Before before = EventUpdate.Before.of(u, ag.articleId());
            WriteOutcome w = u.writeArticle(ag, evenIfUnchanged);
            if (w != WriteOutcome.UNCHANGED) {
                EventUpdate.afterChange(u, ag.articleId(), before);
            }
            return w;
        });
    }

    /**
     * Removes an article and splits or shrinks the events and utterances its reports were in, in one transaction.
     *
     * @return the number of quads of the article's graph removed, or -1 when the store holds no such article
     */
    public static long delete(GraphStore store, String articleId) {
        return store.update(u -> {
            EventUpdate.Before before = EventUpdate.Before.of(u, articleId);
            long n = u.deleteArticle(articleId);
            if (n >= 0) {
                EventUpdate.afterChange(u, articleId, before);
            }
            return n;
        });
    }

    private void handle(ReadResult r, int[] counts, List<String> failures, List<String> warnings, PrintWriter out) {
        if (r.warning() != null) {
            warnings.add(r.source() + ": " + r.warning());
        }
        if (!r.ok()) {
            failures.add(r.source() + ": " + r.error());
            if (out != null) {
                out.println("error: " + r.source() + ": " + r.error());
                out.flush();
            }
            return;
        }
        String clash = idClash(r);
        if (clash != null) {
            failures.add(r.source() + ": " + clash);
            if (out != null) {
                out.println("error: " + r.source() + ": " + clash);
                out.flush();
            }
            return;
        }
        // the same text is skipped only when the running extractor stored it: after an upgrade of the code, a
        // lexicon, the gazetteer or the models, its facts are extracted again
        boolean sameText = store.isCurrent(r.article().id(), r.article().contentHash());
        if (sameText && !force && store.extractedWith(r.article().id(), Extractor.fingerprint())) {
            counts[2]++;
            return;
        }
        try {
            Extraction x = extract(r.article(), null);
            if (Extractor.wantsDate(x)) {
                Extraction undatedX = x;
                ArticleDate estimate = store.read(reports -> NewsCycleDating.estimate(undatedX, reports));
                if (estimate != null) {
                    x = extract(r.article(), estimate);
                } else {
                    undated.add(x);
                }
            }
            warnings.addAll(x.warnings());
            ArticleGraph ag = mapper.map(x, Extractor.VERSION, Extractor.fingerprint());
            switch (write(ag, sameText)) {
                case ADDED -> counts[0]++;
                case REPLACED -> counts[1]++;
                case UNCHANGED -> counts[2]++;
            }
            if (sameText) {
                counts[3]++;
            }
        } catch (org.newsgraph.nlp.ArticleTooSlowException e) {
            failures.add(r.source() + ": " + e.getMessage() + "; nothing of it was stored");
            if (out != null) {
                out.println("error: " + failures.get(failures.size() - 1));
            }
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(r.source() + ": extraction or storage failed (" + e + "); nothing of it was stored");
            if (out != null) {
                out.println("error: " + failures.get(failures.size() - 1));
            }
        }
    }
}
