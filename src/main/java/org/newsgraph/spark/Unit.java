package org.newsgraph.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.NewsDumps;
import org.newsgraph.ingest.NewsRecord;
import org.newsgraph.ingest.ReadResult;

/**
 * One article to read, as the driver found it: a file (read where the executor runs, so a cluster needs the corpus
 * on a shared file system), a line of a JSON Lines dump, or a record of a CSV dump read by the driver.
 *
 * @param order  the article's place in the input, as {@code ingest} would take it (input, then position in it):
 *               where two articles describe one entity differently, or an undated one is dated by those before it,
 *               the order decides, as in {@code ingest}
 * @param source what a message about it names ({@code FILE} or {@code FILE:LINE})
 */
record Unit(long order, String source, Kind kind, String payload, NewsRecord record) implements Serializable {
    /** How the unit is read. */
    enum Kind { FILE, JSON_LINE, RECORD, FAILED }

    /** Bits of {@link #order} left for the position within one input (a dump of up to 2^40 lines). */
    static final int POSITION_BITS = 40;

    static long order(int input, long position) {
        return ((long) input << POSITION_BITS) | position;
    }

    static Unit file(int input, Path p) {
        return new Unit(order(input, 0), p.toString(), Kind.FILE, p.toString(), null);
    }

    static Unit failed(long order, String source, String why) {
        return new Unit(order, source, Kind.FAILED, why, null);
    }

    /** The unit without its text: what an article that will not be read again keeps of it. */
    Unit withoutText() {
        return kind == Kind.FILE ? this : new Unit(order, source, kind, null, null);
    }

    ReadResult read(ArticleReader reader) {
        return switch (kind) {
            case FILE -> reader.read(Path.of(payload));
            case JSON_LINE -> {
                NewsDumps.Entry e = NewsDumps.json(source, payload);
                yield e.record() == null ? ReadResult.failed(source, e.error()) : reader.fromRecord(source, e.record());
            }
            case RECORD -> reader.fromRecord(source, record);
            case FAILED -> ReadResult.failed(source, payload);
        };
    }
}
