package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedStore;
import org.newsgraph.store.GraphStore;

/** The graph built from the seeds conforms to ontology/shapes.ttl, and the ontology parses. */
class ShapesIT {
    @Test
    void seedGraphConformsToTheShapes() throws Exception {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        try (GraphStore store = GraphStore.open(SeedStore.path())) {
            Dataset ds = store.dataset();
            ValidationReport report = Txn.calculateRead(ds, () -> {
                Graph union = ds.asDatasetGraph().getUnionGraph();
                return ShaclValidator.get().validate(shapes, union);
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ShLib.printReport(out, report);
            assertTrue(report.conforms(), out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void ontologyParsesAndDefinesTheContractTerms() {
        var m = RDFDataMgr.loadModel("ontology/newsgraph.ttl");
        for (String t : new String[] {"Article", "Person", "State", "GovernmentBody", "MilitaryForce", "ArmedGroup",
                "MediaOutlet", "InternationalOrganization", "Place", "Mention", "Statement", "Agreement", "Incident",
                "Meeting", "speaker", "quote", "party", "signed", "mentionedIn", "killed", "displaced", "reportedBy"}) {
            var r = m.createResource("https://w3id.org/newsgraph/ontology#" + t);
            assertTrue(m.contains(r, org.apache.jena.vocabulary.RDFS.label), t + " has no label");
            assertTrue(m.contains(r, org.apache.jena.vocabulary.RDFS.comment), t + " has no comment");
        }
    }
}
