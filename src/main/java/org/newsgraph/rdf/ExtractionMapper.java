package org.newsgraph.rdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.model.AgreementMention;
import java.time.MonthDay;
import org.newsgraph.extract.AgreementRelations;
import org.newsgraph.extract.Datelines;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleDate;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Incident;
import org.newsgraph.model.Meeting;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.model.TimeValue;
import org.newsgraph.resolve.IncidentReport;

/**
 * Maps an {@link Extraction} to RDF: the article's named graph (metadata, mentions, statements, incidents,
 * meetings, agreement mentions, provenance) plus the canonical descriptions for the entities graph.
 */
public final class ExtractionMapper {
    private final Gazetteer gazetteer;
    private final org.newsgraph.config.OutletTable outlets;
    private final Describer describer;

    public ExtractionMapper(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.outlets = new org.newsgraph.config.OutletTable(gazetteer);
        this.describer = new Describer(gazetteer);
    }

    /**
     * The article graph of an extraction.
     *
     * @param extractorVersion the extractor's name and version, for the run's provenance
     * @param fingerprint      what decided the facts besides the text (code, data, models), or null
     */
    public ArticleGraph map(Extraction x, String extractorVersion, String fingerprint) {
        Article a = x.article();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("ng", NG.NS).setNsPrefix("ngr", Ids.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("prov", Prov.NS).setNsPrefix("rdfs", RDFS.getURI());
        Map<String, Model> descriptions = new LinkedHashMap<>();
        Resource art = article(m, a, x.dated(), descriptions, extractorVersion, fingerprint);
        Writer w = new Writer(m, a, art, descriptions, x.agreements());
        x.mentions().forEach(w::mention);
        x.statements().forEach(w::statement);
        x.agreements().forEach(w::agreement);
        x.incidents().forEach(w::incident);
        x.meetings().forEach(w::meeting);
        return new ArticleGraph(a.id(), Ids.graph(a.id()), a.contentHash(), m, descriptions);
    }

    /**
     * A readable label for an article without a headline: its opening words after the dateline, marked as such
     * ("Untitled: Trump on Sunday criticized Russia and Syrian government forces for …"). Never a dcterms:title.
     */
    static String untitledLabel(Article a) {
        String text = a.text().strip();
        String body = text.substring(Datelines.end(text)).strip();
        String firstLine = body.lines().findFirst().orElse("");
        String[] words = firstLine.split("\\s+");
        if (words.length == 0 || firstLine.isBlank()) {
            return "Article " + a.id();
        }
        String opening = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 12)));
        return "Untitled: " + opening + (words.length > 12 ? " \u2026" : "");
    }

    private Resource article(Model m, Article a, ArticleDate dated, Map<String, Model> descriptions,
                             String version, String fingerprint) {
        Resource art = m.createResource(Ids.article(a.id()).getURI());
        art.addProperty(RDF.type, NG.Article);
        art.addProperty(NG.articleId, a.id());
        art.addProperty(RDFS.label, a.title() != null ? a.title() : untitledLabel(a));
        if (a.title() != null) {
            art.addProperty(DCTerms.title, a.title());
        }
        if (dated != null) {
            // a dateline's day with an inferred year is still the publication date; a date borrowed from another
            // article is only an estimate and never ng:published
            boolean fromDateline = a.datelineDay() != null && MonthDay.from(dated.date()).equals(a.datelineDay());
            art.addProperty(dated.stated() || fromDateline ? NG.published : NG.publishedEstimate,
                    m.createTypedLiteral(dated.date().toString(), XSDDatatype.XSDdate));
            if (!dated.stated()) {
                art.addLiteral(NG.dateInferred, true);
                art.addProperty(NG.dateBasis, dated.basis());
                art.addProperty(NG.dateConfidence, Times.decimal(m, dated.confidence()));
            }
        }
        outlet(m, art, NG.publisher, a.publisherKey(), descriptions);
        a.sourceKeys().forEach(k -> outlet(m, art, NG.creditedSource, k, descriptions));
        if (a.sourceUrl() != null) {
            art.addProperty(NG.sourceUrl, m.createTypedLiteral(a.sourceUrl(), XSDDatatype.XSDanyURI));
            art.addProperty(FOAF.page, m.createResource(a.sourceUrl()));
        }
        art.addProperty(NG.sourceFile, a.sourceFile());
        art.addProperty(NG.text, a.text());
        art.addProperty(NG.contentHash, a.contentHash());
        if (a.datelinePlace() != null) {
            art.addProperty(NG.dateline, a.datelinePlace());
        }
        Resource run = m.createResource(Ids.run(a.id(), a.contentHash()).getURI());
        run.addProperty(RDF.type, NG.ExtractionRun);
        run.addProperty(RDFS.label, "Extraction of " + a.id());
        run.addProperty(Prov.startedAtTime,
                m.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime));
        run.addProperty(NG.extractorVersion, version);
        if (fingerprint != null) {
            run.addProperty(NG.extractorFingerprint, fingerprint);
        }
        art.addProperty(Prov.wasGeneratedBy, run);
        return art;
    }

    private void outlet(Model m, Resource art, org.apache.jena.rdf.model.Property p, String key,
                        Map<String, Model> descriptions) {
        if (key == null) {
            return;
        }
        // an outlet of the outlet table that the gazetteer does not hold is described from the table
        gazetteer.byKey(key).or(() -> outlets.byKey(key)).ifPresent(e -> {
            art.addProperty(p, Ids.entity(e.key()));
            describer.entity(e, descriptions);
        });
    }

    /** Writes the extracted nodes of one article. */
    private final class Writer {
        private final Model m;
        private final Article a;
        private final Resource art;
        private final Map<String, Model> descriptions;
        private final Map<String, Integer> used = new LinkedHashMap<>();
        private final List<AgreementMention> agreementMentions;

        Writer(Model m, Article a, Resource art, Map<String, Model> descriptions, List<AgreementMention> agreementMentions) {
            this.agreementMentions = agreementMentions;
            this.m = m;
            this.a = a;
            this.art = art;
            this.descriptions = descriptions;
        }

        private Resource node(String kind, Span span, org.apache.jena.rdf.model.Resource type, String label) {
            String base = Ids.extracted(kind, a.id(), span, 0).getURI();
            int n = used.merge(base, 1, Integer::sum) - 1;
            Resource r = m.createResource(Ids.extracted(kind, a.id(), span, n).getURI());
            r.addProperty(RDF.type, type);
            r.addProperty(RDFS.label, label);
            r.addProperty(NG.inArticle, art);
            return r;
        }

        private Resource ref(Entity e) {
            describer.entity(e, descriptions);
            return m.createResource(Ids.entity(e.key()).getURI());
        }

        private void evidence(Resource r, Span s, double confidence) {
            r.addProperty(NG.evidence, s.of(a.text()));
            r.addLiteral(NG.begin, m.createTypedLiteral(String.valueOf(s.begin()), XSDDatatype.XSDinteger));
            r.addLiteral(NG.end, m.createTypedLiteral(String.valueOf(s.end()), XSDDatatype.XSDinteger));
            r.addProperty(NG.confidence, Times.decimal(m, confidence));
        }

        void mention(Mention x) {
            Resource r = node("mention", x.span(), NG.Mention, "\"" + x.anchor() + "\" in " + a.id());
            r.addProperty(NG.refersTo, ref(x.entity()));
            r.addProperty(NG.anchor, x.anchor());
            r.addLiteral(NG.begin, m.createTypedLiteral(String.valueOf(x.span().begin()), XSDDatatype.XSDinteger));
            r.addLiteral(NG.end, m.createTypedLiteral(String.valueOf(x.span().end()), XSDDatatype.XSDinteger));
            r.addProperty(NG.confidence, Times.decimal(m, x.confidence()));
            if (x.role() != null) {
                r.addProperty(NG.role, x.role());
            }
            if (x.framing() != null) {
                r.addProperty(NG.framing, x.framing());
            }
        }

        void statement(Statement s) {
            Span key = s.quoteSpan() != null ? s.quoteSpan() : s.evidence();
            Resource r = node("statement", key, NG.Statement, s.speaker().label() + ": "
                    + abbreviate(s.quote() != null ? s.quote() : s.evidence().of(a.text())));
            r.addProperty(NG.speaker, ref(s.speaker()));
            r.addProperty(NG.mode, s.direct() ? NG.DirectQuote : NG.IndirectSpeech);
            if (s.direct()) {
                r.addProperty(NG.quote, s.quote());
                r.addLiteral(NG.quoteBegin, m.createTypedLiteral(String.valueOf(s.quoteSpan().begin()), XSDDatatype.XSDinteger));
                r.addLiteral(NG.quoteEnd, m.createTypedLiteral(String.valueOf(s.quoteSpan().end()), XSDDatatype.XSDinteger));
            }
            if (s.date() != null) {
                Times.write(m, r, NG.date, s.date(), true);
                // the keys utterance fusion finds this statement's candidates by (StoreReports reads them back)
                for (String k : org.newsgraph.resolve.StatementReport.keys(Ids.entity(s.speaker().key()).getURI(),
                        s.date().earliest(), s.date().latest())) {
                    r.addProperty(NG.utteranceKey, k);
                }
            }
            if (art.hasProperty(NG.published)) {
                // what news-cycle dating finds this statement by, when an undated article reports the same words
                org.newsgraph.resolve.NewsCycleDating.textKeys(s.speaker().key(), s.evidence().of(a.text())
                        + (s.quote() == null ? "" : " " + s.quote())).forEach(k -> r.addProperty(NG.textKey, k));
            }
            if (s.cue() != null) {
                r.addProperty(NG.cue, s.cue());
            }
            if (s.addressee() != null) {
                r.addProperty(NG.addressee, ref(s.addressee()));
            }
            s.about().forEach(e -> r.addProperty(NG.about, ref(e)));
            if (s.reportedBy() != null) {
                r.addProperty(NG.reportedBy, ref(s.reportedBy()));
            }
            evidence(r, s.evidence(), s.confidence());
            agreementRelations(r, s.evidence(), s.speaker(), false);
        }

        /**
         * What the statement or incident does with each agreement its sentence names (alleges a violation,
         * implements, invokes), as a node with the cue and who alleges it, and as a direct link. Only an incident
         * implements: "attacks did not happen under the deal" in a statement speaks of the deal's terms.
         */
        private void agreementRelations(Resource subject, Span sentence, Entity alleger, boolean act) {
            for (AgreementMention am : agreementMentions) {
                if (am.span().begin() < sentence.begin() || am.span().end() > sentence.end()) {
                    continue;
                }
                AgreementRelations.Found found = RELATIONS.classify(a.text(), sentence, am.span());
                AgreementRelations.Found f = !act && found.relation() == AgreementRelations.Relation.IMPLEMENTS
                        ? new AgreementRelations.Found(AgreementRelations.Relation.INVOKES, found.cue()) : found;
                Resource agreement = m.createResource(Ids.agreement(am.agreement().key()).getURI());
                String what = switch (f.relation()) {
                    case VIOLATION_ALLEGED -> "alleged violation of ";
                    case IMPLEMENTS -> "implementation of ";
                    case INVOKES -> "invocation of ";
                };
                Resource rel = node("agreement-relation", am.span(), NG.AgreementRelation, what
                        + am.agreement().label());
                rel.addProperty(NG.relation, NG.term(f.relation().term()));
                rel.addProperty(NG.agreement, agreement);
                rel.addProperty(NG.relationOf, subject);
                if (f.cue() != null) {
                    rel.addProperty(NG.cue, f.cue());
                }
                if (alleger != null && f.relation() == AgreementRelations.Relation.VIOLATION_ALLEGED) {
                    rel.addProperty(NG.allegedBy, ref(alleger));
                }
                rel.addProperty(NG.evidence, sentence.of(a.text()));
                subject.addProperty(switch (f.relation()) {
                    case VIOLATION_ALLEGED -> NG.allegesViolationOf;
                    case IMPLEMENTS -> NG.implementsAgreement;
                    case INVOKES -> NG.invokes;
                }, agreement);
            }
        }

        void agreement(AgreementMention x) {
            describer.agreement(x.agreement(), descriptions);
            Resource g = m.createResource(Ids.agreement(x.agreement().key()).getURI());
            g.addProperty(NG.mentionedIn, art);
            Resource r = node("agreement-mention", x.span(), NG.AgreementMention, "\"" + x.anchor() + "\" in " + a.id());
            r.addProperty(NG.refersTo, g);
            r.addProperty(NG.anchor, x.anchor());
            evidence(r, x.evidence(), x.confidence());
            r.removeAll(NG.begin).removeAll(NG.end);
            r.addLiteral(NG.begin, m.createTypedLiteral(String.valueOf(x.span().begin()), XSDDatatype.XSDinteger));
            r.addLiteral(NG.end, m.createTypedLiteral(String.valueOf(x.span().end()), XSDDatatype.XSDinteger));
        }

        void incident(Incident x) {
            Resource r = node("incident", x.triggerSpan(), NG.Incident, x.type().localName() + ": "
                    + abbreviate(x.evidence().of(a.text())));
            r.addProperty(NG.incidentType, NG.term(x.type().localName()));
            r.addProperty(NG.trigger, x.trigger());
            LocalDate from = null;
            LocalDate to = null;
            IncidentReport.Dating dating = IncidentReport.Dating.READ;
            org.apache.jena.rdf.model.Statement published = art.getProperty(NG.published);
            if (x.date() != null) {
                Times.write(m, r, NG.date, x.date(), true);
                from = x.date().earliest();
                to = x.date().latest();
                dating = x.date().inferred() ? IncidentReport.Dating.INFERRED : IncidentReport.Dating.READ;
            } else if (published != null) {
                LocalDate[] cycle = IncidentReport.newsCycle(LocalDate.parse(published.getString().substring(0, 10)));
                from = cycle[0];
                to = cycle[1];
                dating = IncidentReport.Dating.ARTICLE;
            }
            // the keys fusion finds a report's candidates by (StoreReports reads the same days back)
            for (YearMonth ym : IncidentReport.months(x.type().localName(), from, to, dating)) {
                r.addProperty(NG.month, m.createTypedLiteral(ym.toString(), XSDDatatype.XSDgYearMonth));
            }
            if (x.location() != null) {
                r.addProperty(NG.location, ref(x.location()));
            }
            x.perpetrators().forEach(e -> r.addProperty(NG.perpetrator, ref(e)));
            x.targets().forEach(e -> r.addProperty(NG.target, ref(e)));
            if (x.operation() != null) {
                r.addProperty(NG.operationName, x.operation());
            }
            if (x.killed() != null) {
                r.addLiteral(NG.killed, m.createTypedLiteral(String.valueOf(x.killed()), XSDDatatype.XSDinteger));
            }
            if (x.displaced() != null) {
                r.addLiteral(NG.displaced, m.createTypedLiteral(String.valueOf(x.displaced()), XSDDatatype.XSDinteger));
            }
            if (x.count() != null) {
                count(m, r, x.count());
            }
            if (x.reportedBy() != null) {
                r.addProperty(NG.reportedBy, ref(x.reportedBy()));
            }
            evidence(r, x.evidence(), x.confidence());
            for (Span more : x.moreEvidence()) {
                r.addProperty(NG.alsoEvidence, more.of(a.text()));
            }
            agreementRelations(r, x.evidence(), x.reportedBy(), true);
        }

        void meeting(Meeting x) {
            Resource r = node("meeting", x.triggerSpan(), NG.Meeting, x.kind() + ": "
                    + String.join(", ", x.participants().stream().map(Entity::label).toList()));
            r.addProperty(NG.meetingKind, x.kind());
            x.participants().forEach(e -> r.addProperty(NG.participant, ref(e)));
            if (x.date() != null) {
                Times.write(m, r, NG.date, x.date(), true);
            }
            if (x.location() != null) {
                r.addProperty(NG.location, ref(x.location()));
            }
            evidence(r, x.evidence(), x.confidence());
        }
    }

    private static final AgreementRelations RELATIONS = AgreementRelations.load();

    static String abbreviate(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }

    /** A count as worded, on a report or a figure: its words, qualifier and bounds (ng:countText, ...). */
    public static void count(Model m, Resource r, org.newsgraph.model.Count c) {
        if (c.text() != null) {
            r.addProperty(NG.countText, c.text());
        }
        r.addProperty(NG.countQualifier, c.qualifier().word());
        if (c.low() != null) {
            r.addLiteral(NG.countMin, m.createTypedLiteral(String.valueOf(c.low()), XSDDatatype.XSDinteger));
        }
        if (c.high() != null) {
            r.addLiteral(NG.countMax, m.createTypedLiteral(String.valueOf(c.high()), XSDDatatype.XSDinteger));
        }
    }
}
