package org.newsgraph.rdf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** The project's prefixes: for the exports (TriG, JSON-LD's {@code @context}), the pages, short property names. */
public final class Prefixes {
    /** Prefix to namespace, in a fixed order. */
    public static final Map<String, String> MAP = map();

    private Prefixes() {
    }

    private static Map<String, String> map() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ng", NG.NS);
        m.put("rdf", RDF.getURI());
        m.put("rdfs", RDFS.getURI());
        m.put("skos", SKOS.getURI());
        m.put("owl", OWL.getURI());
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("geo", "http://www.opengis.net/ont/geosparql#");
        m.put("wd", Ids.WIKIDATA);
        m.put("id", Ids.NS);
        return Collections.unmodifiableMap(m);
    }
}
