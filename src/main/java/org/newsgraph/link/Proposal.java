package org.newsgraph.link;

import java.util.Objects;

/**
 * A scored candidate Wikidata item for an actor, for review. Never an identity claim.
 *
 * @param actorIri    the actor
 * @param qid         the candidate item
 * @param score       0..1, two decimals
 * @param method      how it was found, e.g. {@code wbsearchentities+wbgetentities}
 * @param label       the candidate's label
 * @param description the candidate's description (may be empty)
 * @param basis       why it scored as it did, in words
 */
public record Proposal(String actorIri, String qid, double score, String method, String label, String description,
                       String basis) {
    public Proposal {
        Objects.requireNonNull(actorIri, "actorIri");
        Objects.requireNonNull(qid, "qid");
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score " + score + " of " + qid + " for " + actorIri
                    + " is outside 0..1");
        }
        Objects.requireNonNull(method, "method");
    }
}
