package org.newsgraph.link;

/**
 * The lookup service could not answer: unreachable, timed out, refused (HTTP error) or answered something that is
 * not the API's JSON. The message names the endpoint and the cause.
 */
public final class LookupException extends Exception {
    private final boolean unreachable;

    public LookupException(String message, boolean unreachable, Throwable cause) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    /** True when no answer came at all (no network, DNS failure, connection refused, timeout). */
    public boolean unreachable() {
        return unreachable;
    }
}
