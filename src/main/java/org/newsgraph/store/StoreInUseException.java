package org.newsgraph.store;

/** Another process (a server, a running ingest) holds the store's lock; the message says which and what to do. */
public final class StoreInUseException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
