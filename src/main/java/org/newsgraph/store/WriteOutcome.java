package org.newsgraph.store;

/** What storing one article did. */
public enum WriteOutcome {
    /** The article was new. */
    ADDED,
    /** The article was there with other content and its graph was replaced. */
    REPLACED,
    /** The article was there with the same content; nothing changed. */
    UNCHANGED
}
