package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A phone call, talks, summit or meeting between actors.
 *
 * @param kind         "phone call", "talks", "meeting"
 * @param trigger      the words that signalled it
 * @param triggerSpan  their position
 * @param participants two or more actors
 * @param date         when, or null
 * @param location     where, or null
 * @param evidence     the sentence
 * @param confidence   0..1
 */
public record Meeting(String kind, String trigger, Span triggerSpan, List<Entity> participants, TimeValue date,
                      Entity location, Span evidence, double confidence) {
    public Meeting {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(evidence);
        participants = List.copyOf(participants);
        if (participants.size() < 2) {
            throw new IllegalArgumentException("a meeting needs two or more participants");
        }
    }
}
