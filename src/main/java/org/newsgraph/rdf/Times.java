package org.newsgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.newsgraph.model.TimeValue;

/** Writes a {@link TimeValue}: xsd:date, xsd:gYearMonth or xsd:gYear by precision, or an earliest/latest range. */
final class Times {
    private Times() {
    }

    static void write(Model m, Resource node, Property p, TimeValue t, boolean withText) {
        String lex = t.lexical();
        if (lex != null) {
            XSDDatatype type = switch (t.precision()) {
                case DAY -> XSDDatatype.XSDdate;
                case MONTH -> XSDDatatype.XSDgYearMonth;
                default -> XSDDatatype.XSDgYear;
            };
            node.addProperty(p, m.createTypedLiteral(lex, type));
        }
        if (!withText) {
            return;
        }
        if (lex == null) {
            node.addProperty(NG.dateEarliest, m.createTypedLiteral(t.earliest().toString(), XSDDatatype.XSDdate));
            node.addProperty(NG.dateLatest, m.createTypedLiteral(t.latest().toString(), XSDDatatype.XSDdate));
        }
        if (t.inferred()) {
            node.addLiteral(NG.dateInferred, true);
            if (t.text() != null && t.span() == null) {
                node.addProperty(NG.dateBasis, t.text());
            } else if (t.text() != null) {
                // words of the text resolved against an article date that is itself inferred
                node.addProperty(NG.dateText, t.text());
                node.addProperty(NG.dateBasis, "resolved against the article's inferred date");
            }
        } else if (t.text() != null) {
            node.addProperty(NG.dateText, t.text());
        }
        node.addProperty(NG.dateConfidence, decimal(m, t.confidence()));
    }

    /**
     * A confidence as the xsd:decimal every node carries it with: at most two places, in the canonical lexical form
     * ("0.6", "1.0", "0.85"). TDB2 (Jena 5.6.0) hands back a decimal stored as "0.60" as "0.6", and a quad found
     * that way cannot be deleted: a replaced or deleted article would leave its confidences behind.
     */
    static Literal decimal(Model m, double d) {
        java.math.BigDecimal v = java.math.BigDecimal.valueOf(Math.round(d * 100), 2).stripTrailingZeros();
        String lexical = v.scale() <= 0 ? v.setScale(1).toPlainString() : v.toPlainString();
        return m.createTypedLiteral(lexical, XSDDatatype.XSDdecimal);
    }
}
