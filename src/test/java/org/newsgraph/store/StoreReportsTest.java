package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.NG;
import org.newsgraph.resolve.IncidentReport;

/** The store's answers to event fusion, read from a TDB2 dataset (in memory). */
class StoreReportsTest {
    private static final String ID = "https://w3id.org/newsgraph/id/";

    /** An incident report of this type in its own article graph, dated on a day of October 2019. */
    private static void report(DatasetGraph dsg, String name, String type, String day) {
        Node g = NodeFactory.createURI(ID + "graph/" + name);
        Node r = NodeFactory.createURI(ID + "incident/" + name + "/1");
        Node art = NodeFactory.createURI(ID + "article/" + name);
        dsg.add(g, r, NG.incidentType.asNode(), NG.term(type).asNode());
        dsg.add(g, r, NG.inArticle.asNode(), art);
        dsg.add(g, art, NG.articleId.asNode(), NodeFactory.createLiteralString(name));
        dsg.add(g, r, NG.date.asNode(), NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate));
        dsg.add(g, r, NG.month.asNode(), NodeFactory.createLiteralDT("2019-10", XSDDatatype.XSDgYearMonth));
    }

    @Test
    void incidentsOfAMonthAreReadOnlyForTheTypesAsked() {
        DatasetGraph dsg = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            report(dsg, "a", "Attack", "2019-10-09");
            report(dsg, "b", "Displacement", "2019-10-10");
            report(dsg, "c", "Attack", "2019-10-11");
            report(dsg, "d", "ControlChange", "2019-10-12");
        });
        Set<YearMonth> october = Set.of(YearMonth.of(2019, 10));
        Txn.executeRead(dsg, () -> {
            StoreReports reports = new StoreReports(dsg);
            assertEquals(List.of("a", "c"), ids(reports.incidentsIn(october, Set.of("Attack"), Set.of())));
            assertEquals(List.of("c"), ids(reports.incidentsIn(october, Set.of("Attack"), Set.of("a"))),
                    "the articles being re-fused are left out");
            assertEquals(List.of("b", "d"), ids(reports.incidentsIn(october, Set.of("Displacement", "ControlChange"),
                    Set.of())));
            assertEquals(List.of(), ids(reports.incidentsIn(october, Set.of(), Set.of())), "no type, no report");
            assertEquals(List.of(), ids(reports.incidentsIn(Set.of(YearMonth.of(2019, 11)), Set.of("Attack"),
                    Set.of())), "another month");
        });
    }

    private static List<String> ids(List<IncidentReport> reports) {
        return reports.stream().map(IncidentReport::articleId).sorted().toList();
    }
}
