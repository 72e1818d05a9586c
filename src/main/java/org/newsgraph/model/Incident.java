package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened on the ground.
 *
 * @param type         its category
 * @param trigger      the words that signalled it ("came under artillery fire")
 * @param triggerSpan  their position
 * @param date         when, or null
 * @param location     where, or null
 * @param perpetrators who did it
 * @param targets      who it was done to
 * @param killed       number killed when the text gives one, or null
 * @param displaced    number displaced when the text gives one, or null
 * @param count        the count as worded ("up to 35", "dozens"), or null
 * @param operation    the military operation the sentence names ("Operation Peace Spring"), or null
 * @param reportedBy   who the article attributes the claim to, or null
 * @param evidence     the sentence
 * @param moreEvidence other sentences of the same article that report the same incident
 * @param confidence   0..1
 */
public record Incident(IncidentType type, String trigger, Span triggerSpan, TimeValue date, Entity location,
                       List<Entity> perpetrators, List<Entity> targets, Integer killed, Integer displaced,
                       Count count, String operation, Entity reportedBy, Span evidence, List<Span> moreEvidence, double confidence) {
    public Incident {
        moreEvidence = List.copyOf(moreEvidence);
        Objects.requireNonNull(type);
        Objects.requireNonNull(triggerSpan);
        Objects.requireNonNull(evidence);
        perpetrators = List.copyOf(perpetrators);
        targets = List.copyOf(targets);
    }
}
