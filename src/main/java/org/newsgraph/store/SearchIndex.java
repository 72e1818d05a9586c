package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.analyzer.ConfigurableAnalyzer;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.newsgraph.rdf.NG;

/**
 * The jena-text (Lucene) full-text index over the store: one Lucene document per indexed quad, in the
 * subdirectory {@value #DIRECTORY} of the TDB2 store (TDB2 ignores it). {@code fuseki-config/newsgraph.ttl}
 * declares the same entity map for a stock Fuseki; {@code SearchIndexTest} keeps the two in step.
 *
 * <p>Each predicate has its own field, and each document a {@code uid} (a hash of graph, subject, field and
 * value), so that deleting a quad deletes exactly its document: replacing an article graph or re-describing an
 * entity leaves no stale or duplicate hits. An index that still drifted is detected and rebuilt: a crash between the
 * TDB2 commit and the Lucene commit by the {@link MarkedTextIndex} marker, a store written without the index by
 * counting.
 *
 * <pre>{@code
 * SELECT ?s WHERE { ?s text:query 'unacceptable' }            # ng:quote, the default field
 * SELECT ?a WHERE { ?a text:query (rdfs:label 'Erdogan') }    # one field per predicate
 * }</pre>
 */
public final class SearchIndex {
    /** The index directory's name inside the store directory. */
    public static final String DIRECTORY = "text";

    /** Indexed predicates and their Lucene fields; the first is the default field of {@code ?s text:query 'x'}. */
    static final List<Field> FIELDS = List.of(
            new Field("quote", NG.quote),
            new Field("evidence", NG.evidence),
            new Field("label", RDFS.label),
            new Field("altLabel", SKOS.altLabel),
            new Field("title", DCTerms.title));
    static final String ENTITY_FIELD = "uri";
    static final String GRAPH_FIELD = "graph";
    static final String UID_FIELD = "uid";
    static final String TOKENIZER = "StandardTokenizer";
    static final List<String> FILTERS = List.of("LowerCaseFilter", "ASCIIFoldingFilter");

    /** A Lucene field and the predicate whose literal values it holds. */
    record Field(String name, Property predicate) {
    }

    private SearchIndex() {
    }

    /** The entity map: fields, the default field, and the graph and uid fields that make deletes exact. */
    static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, FIELDS.get(0).name(), FIELDS.get(0).predicate());
        for (Field f : FIELDS.subList(1, FIELDS.size())) {
            def.set(f.name(), f.predicate().asNode());
        }
        def.setGraphField(GRAPH_FIELD);
        def.setUidField(UID_FIELD);
        return def;
    }

    /**
     * The index configuration: the entity map and an analyzer that splits words, lower-cases them and folds accents,
     * so that 'Erdogan' finds "Erdoğan".
     */
    static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setAnalyzer(new ConfigurableAnalyzer(TextVocab.NS + TOKENIZER,
                FILTERS.stream().map(f -> TextVocab.NS + f).toList()));
        return config;
    }

    /** The index location of a store. */
    public static Path location(Path store) {
        return store.resolve(DIRECTORY);
    }

    /**
     * Wraps an open TDB2 dataset so every add and delete also updates the index, in the same transaction (jena-text
     * joins the TDB2 transaction coordinator). Closing the returned dataset closes the index.
     */
    static Dataset wrap(Dataset tdb, Path indexDir, Path marker) {
        try {
            Files.createDirectories(indexDir);
            TextIndex index = new MarkedTextIndex(FSDirectory.open(indexDir), config(), marker);
            return TextDatasetFactory.create(tdb, index, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index at " + indexDir + " (" + e.getMessage()
                    + "); delete that directory and run 'newsgraph reindex' to rebuild it", e);
        }
    }

    static TextIndexLucene index(Dataset text) {
        return (TextIndexLucene) ((org.apache.jena.query.text.DatasetGraphText) text.asDatasetGraph()).getTextIndex();
    }

    /** Number of documents committed to the index. */
    static long documents(Dataset text) {
        try (DirectoryReader r = DirectoryReader.open(index(text).getDirectory())) {
            return r.numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text index: " + e.getMessage(), e);
        }
    }

    /** Number of quads the index should hold a document for: literal objects of the indexed predicates. */
    static long indexable(Dataset text) {
        DatasetGraph base = ((org.apache.jena.query.text.DatasetGraphText) text.asDatasetGraph()).getWrapped();
        return Txn.calculateRead(text, () -> {
            long n = 0;
            for (Field f : FIELDS) {
                for (Iterator<Quad> it = base.find(Node.ANY, Node.ANY, f.predicate().asNode(), Node.ANY); it.hasNext(); ) {
                    if (it.next().getObject().isLiteral()) {
                        n++;
                    }
                }
            }
            return n;
        });
    }

    /** True when the index holds one document per indexable quad (counted: it reads every indexable quad). */
    static boolean inStep(Dataset text) {
        return documents(text) == indexable(text);
    }

    /**
     * True when the index's last commit recorded the store's present state: nothing wrote to the store since
     * without the index. Constant time; false says only that counting ({@link #inStep}) must decide.
     */
    static boolean committedWith(Dataset text, Path store) {
        String recorded = MarkedTextIndex.recordedState(index(text).getDirectory());
        return recorded != null && recorded.equals(StoreState.of(store));
    }

    /** Commits the index, recording the store's present state: for an index just found in step by counting. */
    static void recordState(Dataset text) {
        index(text).commit();
    }

    /**
     * Rebuilds the index from the store: drops every document and indexes each indexable quad again, from one
     * read snapshot. Returns the number of documents written.
     */
    static long rebuild(Dataset text) {
        TextIndexLucene index = index(text);
        EntityDefinition def = index.getDocDef();
        DatasetGraph base = ((org.apache.jena.query.text.DatasetGraphText) text.asDatasetGraph()).getWrapped();
        long n = Txn.calculateRead(text, () -> {
            try {
                index.getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clear the text index: " + e.getMessage(), e);
            }
            long added = 0;
            for (Field f : FIELDS) {
                for (Iterator<Quad> it = base.find(Node.ANY, Node.ANY, f.predicate().asNode(), Node.ANY); it.hasNext(); ) {
                    Quad q = it.next();
                    if (!q.getObject().isLiteral()) {
                        continue;
                    }
                    Entity e = TextQueryFuncs.entityFromQuad(def, q);
                    index.addEntity(e);
                    added++;
                }
            }
            return added;
        });
        index.commit();
        return n;
    }
}
