package org.newsgraph.rdf;

import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The GeoSPARQL terms used for place coordinates. */
public final class Geo {
    public static final String NS = "http://www.opengis.net/ont/geosparql#";
    public static final Resource Geometry = ResourceFactory.createResource(NS + "Geometry");
    public static final Property hasGeometry = ResourceFactory.createProperty(NS + "hasGeometry");
    public static final Property asWKT = ResourceFactory.createProperty(NS + "asWKT");
    public static final RDFDatatype WKT = new BaseDatatype(NS + "wktLiteral");

    private Geo() {
    }
}
