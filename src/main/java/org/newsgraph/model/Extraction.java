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

    /**
     * The same extraction with every entity replaced by what {@code f} makes of it (the resolve stage's identity of
     * an actor or place across articles); facts, spans and order unchanged.
     */
    public Extraction withEntities(java.util.function.UnaryOperator<Entity> f) {
        java.util.function.UnaryOperator<Entity> g = e -> e == null ? null : f.apply(e);
        java.util.function.Function<List<Entity>, List<Entity>> all = l -> l.stream().map(g).distinct().toList();
        return new Extraction(article,
                mentions.stream().map(m -> new Mention(g.apply(m.entity()), m.anchor(), m.span(), m.framing(), m.role(),
                        m.confidence())).toList(),
                statements.stream().map(s -> new Statement(g.apply(s.speaker()), s.direct(), s.quote(), s.quoteSpan(),
                        s.date(), s.cue(), g.apply(s.addressee()), all.apply(s.about()), g.apply(s.reportedBy()),
                        s.evidence(), s.confidence())).toList(),
                agreements,
                incidents.stream().map(i -> new Incident(i.type(), i.trigger(), i.triggerSpan(), i.date(),
                        g.apply(i.location()), all.apply(i.perpetrators()), all.apply(i.targets()), i.killed(),
                        i.displaced(), i.count(), i.operation(), g.apply(i.reportedBy()), i.evidence(),
                        i.moreEvidence(), i.confidence())).toList(),
                // two names of one man meeting each other is no meeting
                meetings.stream().filter(m -> all.apply(m.participants()).size() >= 2)
                        .map(m -> new Meeting(m.kind(), m.trigger(), m.triggerSpan(), all.apply(m.participants()),
                                m.date(), g.apply(m.location()), m.evidence(), m.confidence())).toList(),
                warnings, dated);
    }
}
