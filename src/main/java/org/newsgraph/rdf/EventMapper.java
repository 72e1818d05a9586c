package org.newsgraph.rdf;

import java.util.List;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.resolve.EventFusion;
import org.newsgraph.resolve.FusedEvent;
import org.newsgraph.resolve.IncidentReport;

/**
 * Writes a {@link FusedEvent} as the triples of its own named graph ({@link Ids#eventGraph}): the event with its
 * fused type, date, place and actors, its corroboration counts, every report ({@code ng:report} and the inverse
 * {@code ng:reportOf}), every casualty figure as a node of its own (value, measure, report, outlet, the source the
 * outlet credits), and every link between two reports with its confidence and evidence. Nothing is averaged.
 */
public final class EventMapper {
    private EventMapper() {
    }

    /** The event's graph. */
    public static Model map(FusedEvent e) {
        Model m = ModelFactory.createDefaultModel();
        Resource ev = m.createResource(Ids.event(e.key()).getURI());
        ev.addProperty(RDF.type, NG.Event);
        ev.addProperty(RDFS.label, label(e));
        ev.addProperty(NG.incidentType, NG.term(e.type()));
        if (e.earliest() != null && e.latest() != null) {
            if (e.earliest().equals(e.latest())) {
                ev.addProperty(NG.date, m.createTypedLiteral(e.earliest().toString(), XSDDatatype.XSDdate));
            } else {
                ev.addProperty(NG.dateEarliest, m.createTypedLiteral(e.earliest().toString(), XSDDatatype.XSDdate));
                ev.addProperty(NG.dateLatest, m.createTypedLiteral(e.latest().toString(), XSDDatatype.XSDdate));
            }
        }
        if (e.place() != null) {
            ev.addProperty(NG.location, m.createResource(e.place()));
        }
        e.perpetrators().forEach(p -> ev.addProperty(NG.perpetrator, m.createResource(p)));
        e.targets().forEach(t -> ev.addProperty(NG.target, m.createResource(t)));
        // the group it was fused in: adding or removing a report re-fuses the whole group, so that an event does not
        // depend on the order its articles came in
        ev.addProperty(NG.fusionGroup, e.group());
        ev.addLiteral(NG.reportCount, integer(m, e.reports().size()));
        ev.addLiteral(NG.outletCount, integer(m, e.outlets()));
        ev.addLiteral(NG.independentCount, integer(m, e.independent()));
        ev.addLiteral(NG.disputed, e.disputed());
        for (IncidentReport r : e.reports()) {
            Resource report = m.createResource(r.id());
            ev.addProperty(NG.report, report);
            report.addProperty(NG.reportOf, ev);
        }
        List<FusedEvent.Figure> figures = e.figures();
        for (int i = 0; i < figures.size(); i++) {
            FusedEvent.Figure f = figures.get(i);
            Resource fig = m.createResource(ev.getURI() + "/figure/" + (i + 1));
            ev.addProperty(NG.figure, fig);
            fig.addProperty(RDF.type, NG.Figure);
            String words = f.count().text() != null ? f.count().text() : String.valueOf(f.value());
            fig.addProperty(RDFS.label, words + " " + f.measure());
            fig.addProperty(NG.measure, f.measure().equals("killed") ? NG.killed : NG.displaced);
            if (f.value() != null) {
                fig.addLiteral(NG.value, integer(m, f.value()));
            }
            ExtractionMapper.count(m, fig, f.count());
            fig.addProperty(NG.inReport, m.createResource(f.report()));
            if (f.outlet() != null) {
                fig.addProperty(NG.givenBy, m.createResource(f.outlet()));
            }
            if (f.attributedTo() != null) {
                fig.addProperty(NG.attributedTo, m.createResource(f.attributedTo()));
            }
        }
        List<EventFusion.Link> links = e.links();
        for (int i = 0; i < links.size(); i++) {
            EventFusion.Link l = links.get(i);
            link(m, ev, i, l.a(), l.b(), l.confidence(), l.evidence());
        }
        return m;
    }

    /** One link between two reports of a fused node, with its confidence and evidence, labelled for browsing. */
    static void link(Model m, Resource owner, int i, String a, String b, double confidence, String evidence) {
        Resource link = m.createResource(owner.getURI() + "/link/" + (i + 1));
        owner.addProperty(NG.link, link);
        link.addProperty(RDF.type, NG.FusionLink);
        link.addProperty(RDFS.label, "link " + (i + 1) + " (confidence " + Times.decimal(m, confidence)
                .getLexicalForm() + "): " + evidence);
        link.addProperty(NG.between, m.createResource(a));
        link.addProperty(NG.between, m.createResource(b));
        link.addProperty(NG.confidence, Times.decimal(m, confidence));
        link.addProperty(NG.evidence, evidence);
    }

    private static String label(FusedEvent e) {
        String when = e.earliest() == null ? "undated" : e.earliest().equals(e.latest()) ? e.earliest().toString()
                : e.earliest() + " to " + e.latest();
        int n = e.reports().size();
        return e.type().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT) + ", " + when + " ("
                + n + (n == 1 ? " report" : " reports") + ", " + e.outlets() + (e.outlets() == 1 ? " outlet" : " outlets")
                + ")";
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long v) {
        return m.createTypedLiteral(String.valueOf(v), XSDDatatype.XSDinteger);
    }
}
