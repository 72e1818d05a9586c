package org.newsgraph.rdf;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.model.Agreement;
import org.newsgraph.model.Entity;

/** Writes the canonical description of an entity or agreement, as it goes into the entities graph. */
final class Describer {
    private final Gazetteer gazetteer;

    Describer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void entity(Entity e, Map<String, Model> out) {
        Resource r = Ids.entity(e.key());
        if (out.containsKey(r.getURI())) {
            return;
        }
        Model m = ModelFactory.createDefaultModel();
        out.put(r.getURI(), m);
        Resource node = m.createResource(r.getURI());
        node.addProperty(RDF.type, NG.term(e.type().localName()));
        node.addProperty(RDFS.label, e.label());
        if (e.wikidata() != null) {
            node.addProperty(OWL.sameAs, Ids.wikidata(e.wikidata()));
        }
        if (!e.known()) {
            node.addLiteral(NG.confidence, m.createTypedLiteral("0.6", XSDDatatype.XSDdecimal));
        }
        if (e.hasCoordinates()) {
            Resource geom = m.createResource(r.getURI() + "/geometry");
            node.addProperty(Geo.hasGeometry, geom);
            geom.addProperty(RDF.type, Geo.Geometry);
            geom.addProperty(Geo.asWKT, m.createTypedLiteral("POINT(" + e.lon() + " " + e.lat() + ")", Geo.WKT));
        }
        e.prop("role").forEach(role -> node.addProperty(NG.role, role));
        String kind = e.firstProp("kind");
        if (kind != null) {
            node.addProperty(NG.placeKind, kind);
        }
        for (String p : new String[] {"in", "affiliation"}) {
            Entity rel = gazetteer.related(e, p);
            if (rel != null) {
                node.addProperty(p.equals("in") ? NG.within : NG.affiliation, Ids.entity(rel.key()));
                entity(rel, out);
            }
        }
    }

    void agreement(Agreement a, Map<String, Model> out) {
        Resource r = Ids.agreement(a.key());
        if (out.containsKey(r.getURI())) {
            return;
        }
        Model m = ModelFactory.createDefaultModel();
        out.put(r.getURI(), m);
        Resource node = m.createResource(r.getURI());
        node.addProperty(RDF.type, NG.Agreement);
        node.addProperty(RDFS.label, a.label());
        node.addLiteral(NG.catalogued, a.catalogued());
        for (String p : a.parties()) {
            gazetteer.byKey(p).ifPresent(e -> {
                node.addProperty(NG.party, Ids.entity(e.key()));
                entity(e, out);
            });
        }
        if (a.signed() != null) {
            Times.write(m, node, NG.signed, a.signed(), false);
        }
        if (a.placeKey() != null) {
            gazetteer.byKey(a.placeKey()).ifPresent(e -> {
                node.addProperty(NG.signedAt, Ids.entity(e.key()));
                entity(e, out);
            });
        }
        a.provisions().forEach(p -> node.addProperty(NG.provision, p));
        if (a.wikidata() != null) {
            node.addProperty(OWL.sameAs, Ids.wikidata(a.wikidata()));
        }
    }
}
