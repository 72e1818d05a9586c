package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/** Everything extracted from one article, ready to be mapped to RDF. */
public record Extraction(Article article, List<Mention> mentions, List<Statement> statements,
                         List<AgreementMention> agreements, List<Incident> incidents, List<Meeting> meetings,
                         List<String> warnings, ArticleDate dated) {
    public Extraction {
        Objects.requireNonNull(article);
        mentions = List.copyOf(mentions);
        statements = List.copyOf(statements);
        agreements = List.copyOf(agreements);
        incidents = List.copyOf(incidents);
        meetings = List.copyOf(meetings);
        warnings = List.copyOf(warnings);
    }
}
