package org.newsgraph.model;

/**
 * A half-open character range {@code [begin, end)} into an article's clean text.
 *
 * <pre>{@code new Span(4, 9).of("The Kremlin said") // "Kreml"}</pre>
 */
public record Span(int begin, int end) implements Comparable<Span>, java.io.Serializable {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    /** The covered text. */
    public String of(String text) {
        return text.substring(begin, end);
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean contains(int offset) {
        return begin <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(o.end, end);
    }
}
