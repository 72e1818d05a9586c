package org.newsgraph.nlp;

/** An article's analysis ran over its time budget; the message says where it stopped and how to allow more. */
public final class ArticleTooSlowException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    ArticleTooSlowException(String message) {
        super(message);
    }
}
