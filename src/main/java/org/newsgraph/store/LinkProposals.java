package org.newsgraph.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.link.ActorToLink;
import org.newsgraph.link.Proposal;
import org.newsgraph.model.EntityType;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Prov;

/**
 * Reads the actors that have no Wikidata link and writes proposed links into their own named graph,
 * {@value org.newsgraph.rdf.Ids#PROPOSED_LINKS_GRAPH}. A proposal is an {@code ng:ProposedLink} node, never an
 * {@code owl:sameAs}; writing the proposals of an actor replaces the ones it had, in one transaction.
 *
 * <pre>{@code
 * LinkProposals lp = new LinkProposals(store);
 * for (ActorToLink a : lp.actorsToLink(false)) { ... }
 * lp.write(proposals, lookedUp, Instant.now());
 * }</pre>
 */
public final class LinkProposals {
    private static final Node GRAPH = NodeFactory.createURI(Ids.PROPOSED_LINKS_GRAPH);
    private static final Node ENTITIES = NodeFactory.createURI(Ids.ENTITIES_GRAPH);
    private static final Node SUBJECT = NG.subject.asNode();
    private static final Node GENERATED_AT = Prov.generatedAtTime.asNode();

    private final Dataset dataset;

    public LinkProposals(GraphStore store) {
        this.dataset = store.dataset();
    }

    /**
     * Actors of the entities graph with no owl:sameAs in any graph, sorted by IRI.
     *
     * @param includeProposed also those that already have proposals (to look them up again)
     */
    public List<ActorToLink> actorsToLink(boolean includeProposed) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<ActorToLink> out = new ArrayList<>();
            for (EntityType t : EntityType.values()) {
                if (!t.isActor()) {
                    continue;
                }
                Iterator<Quad> it = dsg.find(ENTITIES, Node.ANY, RDF.type.asNode(), NG.term(t.localName()).asNode());
                while (it.hasNext()) {
                    Node e = it.next().getSubject();
                    if (!e.isURI() || dsg.contains(Node.ANY, e, OWL.sameAs.asNode(), Node.ANY)
                            || !includeProposed && dsg.contains(GRAPH, Node.ANY, SUBJECT, e)) {
                        continue;
                    }
                    String label = first(dsg, e, RDFS.label.asNode());
                    if (label != null) {
                        out.add(new ActorToLink(e.getURI(), t, label, all(dsg, e, SKOS.altLabel.asNode())));
                    }
                }
            }
            out.sort(Comparator.comparing(ActorToLink::iri));
            return out;
        });
    }

    /**
     * Replaces the proposals of the looked-up actors with the new ones, in one write transaction.
     *
     * @param lookedUp every actor that was looked up, including those for which nothing was found (their old
     *                 proposals go)
     * @return the number of proposals written
     */
    public int write(List<Proposal> proposals, Collection<String> lookedUp, Instant at) {
        Node time = NodeFactory.createLiteralDT(
                at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (String actor : lookedUp) {
                Set<Node> old = new HashSet<>();
                dsg.find(GRAPH, Node.ANY, SUBJECT, NodeFactory.createURI(actor))
                        .forEachRemaining(q -> old.add(q.getSubject()));
                old.forEach(p -> dsg.deleteAny(GRAPH, p, Node.ANY, Node.ANY));
            }
            for (Proposal p : proposals) {
                Node n = Ids.proposedLink(p.actorIri(), p.qid()).asNode();
                dsg.deleteAny(GRAPH, n, Node.ANY, Node.ANY);
                add(dsg, n, RDF.type.asNode(), NG.ProposedLink.asNode());
                add(dsg, n, SUBJECT, NodeFactory.createURI(p.actorIri()));
                add(dsg, n, NG.candidate.asNode(), Ids.wikidata(p.qid()).asNode());
                add(dsg, n, NG.score.asNode(), NodeFactory.createLiteralDT(
                        BigDecimal.valueOf(p.score()).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        XSDDatatype.XSDdecimal));
                add(dsg, n, NG.method.asNode(), NodeFactory.createLiteralString(p.method()));
                add(dsg, n, GENERATED_AT, time);
                literal(dsg, n, NG.candidateLabel.asNode(), p.label());
                literal(dsg, n, NG.candidateDescription.asNode(), p.description());
                literal(dsg, n, NG.scoreBasis.asNode(), p.basis());
            }
            return proposals.size();
        });
    }

    /** Number of proposals in the store. */
    public long count() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            Iterator<Quad> it = dataset.asDatasetGraph().find(GRAPH, Node.ANY, RDF.type.asNode(),
                    NG.ProposedLink.asNode());
            for (; it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    private static void add(DatasetGraph dsg, Node s, Node p, Node o) {
        dsg.add(GRAPH, s, p, o);
    }

    private static void literal(DatasetGraph dsg, Node s, Node p, String value) {
        if (value != null && !value.isBlank()) {
            add(dsg, s, p, NodeFactory.createLiteralString(value));
        }
    }

    private static String first(DatasetGraph dsg, Node e, Node p) {
        Iterator<Quad> it = dsg.find(ENTITIES, e, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    private static List<String> all(DatasetGraph dsg, Node e, Node p) {
        Set<String> out = new TreeSet<>();
        dsg.find(ENTITIES, e, p, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                out.add(q.getObject().getLiteralLexicalForm());
            }
        });
        return List.copyOf(out);
    }
}
