package org.newsgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.NG;

/**
 * The entities graph's bookkeeping when an article graph is written or removed: which entities and agreements the
 * article touches, which of them stay described, and their altLabels (every surface form any article used). Worked
 * out from what the write changed, never by scanning the store.
 */
final class EntityDescriptions {
    static final Node ENTITIES = NodeFactory.createURI(Ids.ENTITIES_GRAPH);
    private static final Node REFERS_TO = NG.refersTo.asNode();
    private static final Node ANCHOR = NG.anchor.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();

    private EntityDescriptions() {
    }

    /** Entity and agreement nodes an article graph points at. */
    static Set<Node> referenced(DatasetGraph dsg, Node g) {
        Set<Node> out = new HashSet<>();
        Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isURI() && Ids.isDescribed(o.getURI())) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * Re-describes the touched entities and the ones their descriptions point at (a place's container, a person's
     * affiliation, an agreement's parties): gone when nothing keeps them any more; otherwise the canonical description
     * (new, or kept as it was) and one altLabel per surface form seen across all articles. Only the triples that
     * differ are deleted or added, so the full-text index sees no churn for unchanged labels.
     */
    static void update(QuadWrites w, Set<Node> touched, Map<String, Model> descriptions,
                       Map<Node, Set<String>> formsBefore, Map<Node, Set<String>> formsAfter) {
        DatasetGraph dsg = w.dsg;
        Set<Node> all = withRelated(dsg, touched, descriptions);
        Set<Node> keep = kept(dsg, all, descriptions);
        for (Node e : all) {
            Model d = descriptions.get(e.getURI());
            if (!keep.contains(e)) {
                w.deleteAny(ENTITIES, e, Node.ANY, Node.ANY);
                w.deleteAny(ENTITIES, NodeFactory.createURI(e.getURI() + "/geometry"), Node.ANY, Node.ANY);
                continue;
            }
            Set<Triple> altLabels = new HashSet<>();
            altLabels(dsg, e, formsBefore.getOrDefault(e, Set.of()), formsAfter.getOrDefault(e, Set.of()))
                    .forEach(f -> altLabels.add(Triple.create(e, ALT_LABEL, NodeFactory.createLiteralString(f))));
            if (d == null) {
                sync(w, e, ALT_LABEL, altLabels);
                continue;
            }
            Set<Triple> wanted = new HashSet<>(altLabels);
            for (Iterator<Triple> it = d.getGraph().find(); it.hasNext(); ) {
                Triple t = it.next();
                if (t.getSubject().equals(e)) {
                    wanted.add(t);
                } else {
                    w.add(ENTITIES, t.getSubject(), t.getPredicate(), t.getObject());
                }
            }
            sync(w, e, Node.ANY, wanted);
        }
    }

    /**
     * The touched entities and, transitively, the entities their descriptions point at, new or stored: without them
     * "Hulusi Akar, affiliation Turkey" would point at a Turkey that no article names, and that nothing describes.
     */
    private static Set<Node> withRelated(DatasetGraph dsg, Set<Node> touched, Map<String, Model> descriptions) {
        Set<Node> all = new java.util.LinkedHashSet<>(touched);
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>(touched);
        while (!todo.isEmpty()) {
            Node e = todo.pop();
            List<Node> out = new ArrayList<>();
            Model d = descriptions.get(e.getURI());
            if (d != null) {
                d.getGraph().find(e, Node.ANY, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
            }
            dsg.find(ENTITIES, e, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
            for (Node o : out) {
                if (o.isURI() && Ids.isDescribed(o.getURI()) && !o.equals(e) && all.add(o)) {
                    todo.push(o);
                }
            }
        }
        return all;
    }

    /**
     * Which of these entities stay: those an article refers to, and those that an entity that stays points at
     * (in its new description, or in the stored one of an entity this write leaves alone).
     */
    private static Set<Node> kept(DatasetGraph dsg, Set<Node> all, Map<String, Model> descriptions) {
        Set<Node> keep = new HashSet<>();
        for (Node e : all) {
            if (referencedByAnArticle(dsg, e)) {
                keep.add(e);
            }
        }
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Node e : all) {
                if (!keep.contains(e) && pointedAtByAKeptEntity(dsg, e, all, keep, descriptions)) {
                    keep.add(e);
                    grew = true;
                }
            }
        }
        return keep;
    }

    /**
     * Whether an article graph points at the entity. The graphs of fused events and utterances do not count: they only
     * repeat what their reports' articles say, and while an article is removed they still hold its old reports.
     */
    private static boolean referencedByAnArticle(DatasetGraph dsg, Node e) {
        Iterator<Quad> refs = dsg.find(Node.ANY, Node.ANY, Node.ANY, e);
        while (refs.hasNext()) {
            Node g = refs.next().getGraph();
            if (!g.equals(ENTITIES) && !(g.isURI() && Ids.isFusedGraph(g.getURI()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean pointedAtByAKeptEntity(DatasetGraph dsg, Node e, Set<Node> all, Set<Node> keep,
                                                  Map<String, Model> descriptions) {
        Iterator<Quad> stored = dsg.find(ENTITIES, Node.ANY, Node.ANY, e);
        while (stored.hasNext()) {
            Node s = stored.next().getSubject();
            boolean storedStays = !all.contains(s) || keep.contains(s) && descriptions.get(s.getURI()) == null;
            if (!s.equals(e) && storedStays) {
                return true;
            }
        }
        for (Node s : keep) {
            Model d = descriptions.get(s.getURI());
            if (d != null && d.getGraph().contains(s, Node.ANY, e)) {
                return true;
            }
        }
        return false;
    }

    /** The anchor texts of one article graph's mentions, by the entity they refer to. */
    static Map<Node, Set<String>> surfaceForms(DatasetGraph dsg, Node g) {
        Map<Node, Set<String>> forms = new HashMap<>();
        Iterator<Quad> ms = dsg.find(g, Node.ANY, REFERS_TO, Node.ANY);
        while (ms.hasNext()) {
            Quad q = ms.next();
            Iterator<Quad> an = dsg.find(g, q.getSubject(), ANCHOR, Node.ANY);
            while (an.hasNext()) {
                forms.computeIfAbsent(q.getObject(), k -> new TreeSet<>()).add(an.next().getObject().getLiteralLexicalForm());
            }
        }
        return forms;
    }

    /**
     * An entity's altLabels after one article changed: every distinct anchor text of the mentions that refer to it,
     * across all articles. Worked out from what changed (the article's forms before and after) rather than by
     * scanning every mention of the entity, so that a write costs the same in a large store as in a small one.
     */
    private static Set<String> altLabels(DatasetGraph dsg, Node e, Set<String> before, Set<String> after) {
        Set<String> forms = new TreeSet<>(after);
        dsg.find(ENTITIES, e, ALT_LABEL, Node.ANY).forEachRemaining(q -> forms.add(q.getObject().getLiteralLexicalForm()));
        for (String f : before) {
            if (!after.contains(f) && !usedAnywhere(dsg, e, f)) {
                forms.remove(f);
            }
        }
        return forms;
    }

    /** True when some mention in some article refers to the entity with these words. */
    private static boolean usedAnywhere(DatasetGraph dsg, Node e, String form) {
        Iterator<Quad> an = dsg.find(Node.ANY, Node.ANY, ANCHOR, NodeFactory.createLiteralString(form));
        while (an.hasNext()) {
            Quad q = an.next();
            if (!q.getGraph().equals(ENTITIES) && dsg.contains(q.getGraph(), q.getSubject(), REFERS_TO, e)) {
                return true;
            }
        }
        return false;
    }

    /** Makes the entities graph's triples of {@code s} (with predicate {@code p}, or any) exactly {@code wanted}. */
    private static void sync(QuadWrites w, Node s, Node p, Set<Triple> wanted) {
        List<Quad> stale = new ArrayList<>();
        w.dsg.find(ENTITIES, s, p, Node.ANY).forEachRemaining(q -> {
            if (!wanted.contains(q.asTriple())) {
                stale.add(q);
            }
        });
        stale.forEach(w::deletePresent);
        for (Triple t : wanted) {
            w.add(ENTITIES, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }
}
