package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms the graphs use: which run generated an article graph, and when things were made. */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
    public static final Property startedAtTime = ResourceFactory.createProperty(NS + "startedAtTime");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");

    private Prov() {
    }
}
