package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newsgraph.model.Span;

/**
 * Mints every instance IRI, deterministically from stable inputs (article id, entity key, character offsets), so
 * re-ingesting the same article gives the same IRIs. Namespace {@code https://w3id.org/newsgraph/id/}.
 */
public final class Ids {
    public static final String NS = "https://w3id.org/newsgraph/id/";
    public static final String ENTITIES_GRAPH = NS + "graph/entities";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    /** The graph of proposed Wikidata links, apart from the entities graph (see {@code newsgraph link}). */
    public static final String PROPOSED_LINKS_GRAPH = NS + "graph/proposed-links";
    /**
     * The graph naming the articles written but not yet fused into events and utterances: empty between batches,
     * filled while a long batch runs (its events are fused every 1,024 articles and at its end) or after one that
     * stopped half-way (the next batch fuses them first).
     */
    public static final String AWAITING_FUSION_GRAPH = NS + "graph/awaiting-fusion";

    private Ids() {
    }

    public static String graph(String articleId) {
        return NS + "graph/" + articleId;
    }

    public static Resource article(String articleId) {
        return res("article/" + articleId);
    }

    public static Resource entity(String key) {
        return res("entity/" + key);
    }

    public static Resource agreement(String key) {
        return res("agreement/" + key);
    }

    /** A node extracted from an article: kind ("mention", "statement", ...), article, and the span it rests on. */
    public static Resource extracted(String kind, String articleId, Span span, int n) {
        return res(kind + "/" + articleId + "/" + span.begin() + "-" + span.end() + (n > 0 ? "-" + n : ""));
    }

    /**
     * The event fused from incident reports, named after its key report ({@code incident/ART/12-34} gives
     * {@code event/ART/12-34}): the smallest report IRI of the event, whatever order its reports came in.
     */
    public static Resource event(String keyReportIri) {
        return res("event/" + fusedPath("incident/", keyReportIri));
    }

    /** The named graph holding one event, its links and its figures. */
    public static String eventGraph(String keyReportIri) {
        return NS + "graph/event/" + fusedPath("incident/", keyReportIri);
    }

    /** The utterance fused from statement reports, named after its key report as an event is. */
    public static Resource utterance(String keyStatementIri) {
        return res("utterance/" + fusedPath("statement/", keyStatementIri));
    }

    /** The named graph holding one utterance and its links. */
    public static String utteranceGraph(String keyStatementIri) {
        return NS + "graph/utterance/" + fusedPath("statement/", keyStatementIri);
    }

    /** The named graph of an event or utterance, from its IRI. */
    public static String graphOfFused(String fusedIri) {
        for (String kind : new String[] {"event/", "utterance/"}) {
            if (fusedIri.startsWith(NS + kind)) {
                return NS + "graph/" + fusedIri.substring(NS.length());
            }
        }
        throw new IllegalArgumentException("<" + fusedIri + "> is no event or utterance IRI");
    }

    /** True for the named graphs of events and utterances. */
    public static boolean isFusedGraph(String graphIri) {
        return graphIri.startsWith(NS + "graph/event/") || graphIri.startsWith(NS + "graph/utterance/");
    }

    private static String fusedPath(String kind, String keyReportIri) {
        String prefix = NS + kind;
        if (!keyReportIri.startsWith(prefix)) {
            throw new IllegalArgumentException("expected a report IRI under " + prefix + ", not <" + keyReportIri + ">");
        }
        return keyReportIri.substring(prefix.length());
    }

    public static Resource run(String articleId, String contentHash) {
        return res("run/" + articleId + "/" + contentHash.substring(0, 16));
    }

    public static Resource wikidata(String qid) {
        return ResourceFactory.createResource(WIKIDATA + qid);
    }

    /**
     * A proposed link of an entity to a Wikidata item: one IRI per (entity, item) pair, so proposing the same
     * candidate again replaces the proposal.
     */
    public static Resource proposedLink(String entityIri, String qid) {
        if (!entityIri.startsWith(NS + "entity/") || !qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("cannot mint a proposed link for <" + entityIri + "> and '" + qid
                    + "': expected an entity IRI under " + NS + "entity/ and a Wikidata QID");
        }
        return res("link/" + entityIri.substring((NS + "entity/").length()) + "/" + qid);
    }

    /** True for IRIs of entities and agreements, the nodes described in the entities graph. */
    public static boolean isDescribed(String iri) {
        return iri.startsWith(NS + "entity/") || iri.startsWith(NS + "agreement/");
    }

    private static Resource res(String path) {
        return ResourceFactory.createResource(NS + path);
    }
}
