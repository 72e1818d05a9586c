package org.newsgraph.ingest;

import java.util.Objects;
import org.newsgraph.model.Article;

/**
 * The outcome of reading one input: an article, or the reason it could not be read.
 *
 * @param source  the file name (or "-" for standard input)
 * @param article the article, or null on failure
 * @param error   why it failed, or null on success
 * @param warning what the reader had to guess to read it (e.g. the text's encoding), or null
 */
public record ReadResult(String source, Article article, String error, String warning) {
    public ReadResult {
        Objects.requireNonNull(source);
        if ((article == null) == (error == null)) {
            throw new IllegalArgumentException("a read result is either an article or an error");
        }
    }

    public static ReadResult ok(String source, Article a) {
        return new ReadResult(source, a, null, null);
    }

    /** An article read with a guess the user should hear about. */
    public static ReadResult ok(String source, Article a, String warning) {
        return new ReadResult(source, a, null, warning);
    }

    public static ReadResult failed(String source, String why) {
        return new ReadResult(source, null, why, null);
    }

    public boolean ok() {
        return article != null;
    }
}
