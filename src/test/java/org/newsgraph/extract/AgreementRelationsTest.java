package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

/** The words next to an agreement's name tell what a sentence does with it (sentences written for this test). */
class AgreementRelationsTest {
    private static final AgreementRelations RELATIONS = AgreementRelations.load();

    /** Classifies the sentence's relation to the phrase in brackets. */
    private static AgreementRelations.Found of(String marked) {
        int b = marked.indexOf('[');
        int e = marked.indexOf(']') - 1;
        String text = marked.replace("[", "").replace("]", "");
        return RELATIONS.classify(text, new Span(0, text.length()), new Span(b, e));
    }

    @Test
    void aViolationCueBeforeTheNameIsAnAllegedViolation() {
        assertEquals(AgreementRelations.Relation.VIOLATION_ALLEGED,
                of("Ankara accused Damascus of violating [the Sochi memorandum] by shelling its posts.").relation());
        AgreementRelations.Found f = of("The shelling was carried out in breach of [the ceasefire], officials said.");
        assertEquals(AgreementRelations.Relation.VIOLATION_ALLEGED, f.relation());
        assertEquals("in breach of", f.cue(), "the nearest and longest cue: 'breach of' is inside it");
        assertEquals(AgreementRelations.Relation.VIOLATION_ALLEGED,
                of("Moscow said [the truce] was violated dozens of times overnight.").relation(), "a cue after it");
    }

    @Test
    void anImplementationCueIsAnImplementation() {
        assertEquals(AgreementRelations.Relation.IMPLEMENTS,
                of("The first joint patrol under [the Moscow protocol] took place on the highway.").relation());
        assertEquals(AgreementRelations.Relation.IMPLEMENTS,
                of("Troops withdrew in line with [the October agreement], the ministry said.").relation());
    }

    @Test
    void aNegatedViolationOrNoCueOnlyInvokes() {
        AgreementRelations.Found denied = of("Russia said its forces had not violated [the ceasefire] at any time.");
        assertEquals(AgreementRelations.Relation.INVOKES, denied.relation());
        assertEquals("negated: violated", denied.cue());
        AgreementRelations.Found plain = of("Both leaders discussed [the Sochi agreement] by phone.");
        assertEquals(AgreementRelations.Relation.INVOKES, plain.relation());
        assertNull(plain.cue());
        assertEquals(AgreementRelations.Relation.INVOKES, of("Violations were reported elsewhere, but the talks "
                + "in the capital on the future of the border region and [the deal] went on.").relation(),
                "a cue more than eight words before the name says nothing of it");
    }
}
