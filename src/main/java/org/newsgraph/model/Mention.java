package org.newsgraph.model;

import java.util.Objects;

/**
 * A stretch of article text that names an entity.
 *
 * @param entity     what it refers to
 * @param anchor     the surface text, exactly {@code span.of(text)}
 * @param span       where it is
 * @param framing    the descriptive words the article attached to it ("terrorists", "rebels"), or null
 * @param role       the role phrase the article put before a person's name ("Kremlin spokesman"), or null
 * @param confidence 0..1 (a gazetteer alias is surer than a guessed name)
 */
public record Mention(Entity entity, String anchor, Span span, String framing, String role, double confidence) {
    public Mention {
        Objects.requireNonNull(entity);
        Objects.requireNonNull(span);
        if (anchor == null || anchor.isBlank()) {
            throw new IllegalArgumentException("mention of " + entity.key() + " without anchor text");
        }
    }
}
