package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.extract.Extractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.model.ArticleDate;
import org.newsgraph.model.Extraction;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.resolve.EntityIdentity;
import org.newsgraph.resolve.NewsCycleDating;
import org.newsgraph.store.ArticleFacts;

/**
 * The extraction pipeline of one JVM (executor, or the driver in local mode): the CoreNLP models are loaded once,
 * when the first article of the JVM arrives, and shared by the executor's task threads (the extractor is
 * thread-safe). Works each article as {@code ingest} does before storing it.
 */
final class Worker {
    private static Worker instance;

    private final Extractor extractor;
    private final ArticleReader reader;
    private final ExtractionMapper mapper;
    private final EntityIdentity identity;

    private Worker() {
        JdkXml.prefer();
        extractor = Extractor.builder().build();
        reader = new ArticleReader(extractor.gazetteer());
        mapper = new ExtractionMapper(extractor.gazetteer());
        identity = new EntityIdentity(extractor.gazetteer());
    }

    static synchronized Worker get() {
        if (instance == null) {
            instance = new Worker();
        }
        return instance;
    }

    /** Reads and extracts an article; an undated one keeps what news-cycle dating needs. */
    ArticleResult first(Unit u) {
        ReadResult r;
        try {
            r = u.read(reader);
        } catch (RuntimeException e) {
            r = ReadResult.failed(u.source(), "cannot be read (" + e + "); skipped");
        }
        List<String> warnings = new ArrayList<>();
        if (r.warning() != null) {
            warnings.add(r.source() + ": " + r.warning());
        }
        if (!r.ok()) {
            return ArticleResult.failed(u, r.error(), warnings);
        }
        return extract(u, r, null, warnings);
    }

    /** Extracts an article again with the date news-cycle dating estimated for it. */
    ArticleResult again(ArticleResult first, ArticleDate hint) {
        ReadResult r = first.unit().read(reader);
        List<String> warnings = new ArrayList<>(first.warnings());
        String id = first.articleId();
        warnings.removeIf(w -> Extractor.isDateWarning(w, id));
        return r.ok() ? extract(first.unit(), r, hint, warnings) : first;
    }

    private ArticleResult extract(Unit u, ReadResult r, ArticleDate hint, List<String> warnings) {
        try {
            Extraction x = identity.resolve(extractor.extract(r.article(), hint));
            warnings.addAll(x.warnings());
            ArticleGraph ag = mapper.map(x, Extractor.VERSION, Extractor.fingerprint());
            Set<String> speakers = new TreeSet<>();
            x.statements().forEach(s -> speakers.add(s.speaker().key()));
            Map<String, String> descriptions = new LinkedHashMap<>();
            ag.descriptions().forEach((iri, m) -> descriptions.put(iri, Quads.ntriples(m.getGraph())));
            boolean wantsDate = hint == null && Extractor.wantsDate(x);
            // only an undated article may be read again (with an estimated date): the others drop their text
            return new ArticleResult(wantsDate ? u : u.withoutText(), ag.articleId(), Quads.nquads(ag.graphIri(), ag.graph().getGraph()),
                    descriptions, ArticleFacts.of(ag, speakers), wantsDate ? NewsCycleDating.said(x) : null, hint,
                    null, warnings);
        } catch (org.newsgraph.nlp.ArticleTooSlowException e) {
            return ArticleResult.failed(u, e.getMessage() + "; nothing of it was stored", warnings);
        } catch (RuntimeException | StackOverflowError e) {
            return ArticleResult.failed(u, "extraction or storage failed (" + e + "); nothing of it was stored",
                    warnings);
        }
    }
}
