package org.newsgraph.extract;

import org.newsgraph.model.Span;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Whether a wording tells of an agreement concluded, or of one only called for, sought, proposed, feared or denied.
 * The shared {@link Modality} component decides; this class says which word's modality is the agreement's:
 *
 * <ul>
 *   <li>the verb concluding it, when the noun is what was concluded: "a deal could still be reached" (not
 *       concluded), "failed to reach a deal", "Russia and Turkey agreed to a ceasefire" (concluded);</li>
 *   <li>the noun's own determiner or adjective: "no deal", "a possible truce";</li>
 *   <li>a word the noun hangs from directly: "called for a ceasefire", "urged a truce", "want a memorandum", "a
 *       proposal for a ceasefire";</li>
 *   <li>nothing else: an agreement the sentence does something with exists ("Turkey threatened to quit the deal",
 *       "the ceasefire would not hold", "rebels rejected the agreement").</li>
 * </ul>
 *
 * Words particular to agreements stay in {@code lexicon/agreement-cues.tsv} (role hypothetical: "a new deal").
 */
final class AgreementModality {
    private final Modality modality = Modality.load();
    private final AgreementCatalogue.Cues cues;

    AgreementModality(AgreementCatalogue.Cues cues) {
        this.cues = cues;
    }

    /**
     * How a sentence holds the agreement its noun names: null when concluded or presupposed.
     *
     * @param noun      the noun's words
     * @param nounToken the token heading them, or null
     */
    Modality.Reading ofNoun(String text, Sentence s, Span noun, Token nounToken) {
        int clauseStart = clauseStart(text, s, noun.begin());
        String before = text.substring(s.span().begin(), noun.begin());
        java.util.regex.Matcher own = cues.hypothetical().matcher(before);
        if (own.find()) {
            return new Modality.Reading(Modality.Kind.HYPOTHETICAL, own.group().strip());
        }
        Modality.Reading r = modality.of(text, s, noun, clauseStart);
        if (nounToken == null || !nounToken.isAnalyzed()) {
            return r; // unparsed: the surface cues just before the noun decide
        }
        if (r != null && s.dependents(nounToken.index()).stream().anyMatch(c -> c.text().equals(r.cue()))) {
            return r; // "no deal", "a possible truce"
        }
        Token h = nounToken;
        // "called for a ceasefire and a prisoner swap": a conjunct hangs from what the first does
        for (int steps = 0; h.hasRelation("conj") && s.head(h) != null && steps < 10; steps++) {
            h = s.head(h);
        }
        Token gov = s.head(h);
        if (gov == null) {
            return null;
        }
        if (gov.hasPos("VB") && cues.concludeVerbs().contains(lemma(gov))
                && (h.hasRelation("obj") || h.hasRelation("obl") || h.hasRelation("nsubj:pass"))) {
            return ofVerb(text, s, gov);
        }
        if (r != null && r.kind() != Modality.Kind.DENIED && r.cue().equals(gov.text()) && aimed(s, h)
                && !subjectOfNext(s, nounToken)) {
            return r; // "urged a truce", "want a memorandum"; but "rejected the agreement" presupposes it
        }
        return null;
    }

    /**
     * True when the noun is what its governor aims at: its object or passive subject, or a phrase of "for" or "of"
     * ("called for a ceasefire", "a proposal for a truce"); not "the lines set out under the deal".
     */
    private boolean aimed(Sentence s, Token noun) {
        if (noun.hasRelation("obj") || noun.hasRelation("nsubj:pass")) {
            return true;
        }
        return s.children(noun.index(), "case").stream()
                .anyMatch(c -> cues.aimCases().contains(c.text().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * True when a verb follows the noun, which is then the subject of a clause the parser took it out of: in
     * "residents hoped the accord would end the bombing" the accord exists; hope is about the bombing's end.
     */
    private static boolean subjectOfNext(Sentence s, Token noun) {
        if (noun.index() + 1 >= s.tokens().size()) {
            return false;
        }
        Token next = s.tokens().get(noun.index() + 1);
        return next.hasPos("MD") || next.hasPos("VBD") || next.hasPos("VBZ") || next.hasPos("VBP");
    }

    /** How a sentence holds the conclusion a verb tells ("had agreed to create a buffer zone"): null when asserted. */
    Modality.Reading ofVerb(String text, Sentence s, Token verb) {
        return modality.of(text, s, verb.span(), clauseStart(text, s, verb.begin()));
    }

    private static int clauseStart(String text, Sentence s, int at) {
        return Math.max(s.span().begin(), text.lastIndexOf(';', at) + 1);
    }

    private static String lemma(Token t) {
        return (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(java.util.Locale.ROOT);
    }
}
