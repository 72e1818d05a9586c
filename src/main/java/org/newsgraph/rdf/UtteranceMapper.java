package org.newsgraph.rdf;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.resolve.StatementReport;
import org.newsgraph.resolve.UtteranceFusion;

/**
 * Writes an utterance as the triples of its own named graph ({@link Ids#utteranceGraph}): the speaker, the narrowest
 * date, its reports ({@code ng:report}, and {@code ng:reportOf} back), each reported-speech report that paraphrases a
 * direct quote of another article ({@code ng:paraphraseOf}), and the links with their confidence and evidence.
 */
public final class UtteranceMapper {
    private UtteranceMapper() {
    }

    /** The utterance's graph. */
    public static Model map(UtteranceFusion.Utterance u) {
        Model m = ModelFactory.createDefaultModel();
        Resource ut = m.createResource(Ids.utterance(u.key()).getURI());
        ut.addProperty(RDF.type, NG.Utterance);
        int n = u.reports().size();
        ut.addProperty(RDFS.label, "utterance" + (u.earliest() == null ? "" : ", " + u.earliest()
                + (u.earliest().equals(u.latest()) ? "" : " to " + u.latest())) + " (" + n + (n == 1 ? " report, "
                : " reports, ") + u.outlets() + (u.outlets() == 1 ? " outlet)" : " outlets)"));
        ut.addProperty(NG.speaker, m.createResource(u.speaker()));
        if (u.earliest() != null && u.earliest().equals(u.latest())) {
            ut.addProperty(NG.date, m.createTypedLiteral(u.earliest().toString(), XSDDatatype.XSDdate));
        } else if (u.earliest() != null) {
            ut.addProperty(NG.dateEarliest, m.createTypedLiteral(u.earliest().toString(), XSDDatatype.XSDdate));
            ut.addProperty(NG.dateLatest, m.createTypedLiteral(u.latest().toString(), XSDDatatype.XSDdate));
        }
        ut.addLiteral(NG.reportCount, m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger));
        ut.addLiteral(NG.outletCount, m.createTypedLiteral(String.valueOf(u.outlets()), XSDDatatype.XSDinteger));
        for (StatementReport r : u.reports()) {
            Resource report = m.createResource(r.id());
            ut.addProperty(NG.report, report);
            report.addProperty(NG.reportOf, ut);
        }
        for (String[] p : u.paraphrases()) {
            m.createResource(p[0]).addProperty(NG.paraphraseOf, m.createResource(p[1]));
        }
        List<UtteranceFusion.Link> links = u.links();
        for (int i = 0; i < links.size(); i++) {
            UtteranceFusion.Link l = links.get(i);
            EventMapper.link(m, ut, i, l.a(), l.b(), l.confidence(), l.evidence());
        }
        return m;
    }
}
