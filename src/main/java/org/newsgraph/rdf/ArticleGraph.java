package org.newsgraph.rdf;

import java.util.Map;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;

/**
 * One article ready to store: its named graph, and the canonical descriptions of the entities and agreements it
 * refers to (for the entities graph).
 *
 * @param articleId    stable article id
 * @param graphIri     the article's named graph
 * @param contentHash  hash of the input, for change detection
 * @param graph        the article's triples
 * @param descriptions entity or agreement IRI to its canonical description
 */
public record ArticleGraph(String articleId, String graphIri, String contentHash, Model graph,
                           Map<String, Model> descriptions) {
    public ArticleGraph {
        Objects.requireNonNull(graph);
        descriptions = Map.copyOf(descriptions);
    }
}
