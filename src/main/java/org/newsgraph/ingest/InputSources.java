package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * What {@code ingest} is given, as the articles it holds, one unit of work each, read lazily in input order:
 * <ul>
 *   <li>article files ({@code .txt .md .html .htm}) and folders of them;</li>
 *   <li>news dumps, one article per record: JSON Lines and CSV ({@link NewsDumps});</li>
 *   <li>URL lists ({@code .urls}: one URL per line, {@code #} comments), and URLs given as arguments: a page is one
 *       article, a feed (RSS or Atom) is each of its items' pages;</li>
 *   <li>{@code -}, standard input, one article.</li>
 * </ul>
 * Each unit is a {@link Supplier} of a {@link ReadResult}, so that several threads can read and fetch ahead of the
 * writer. Failures (an unreadable record, a URL that does not answer) are results like any other: reported, and the
 * batch goes on.
 */
public final class InputSources implements Iterator<Supplier<ReadResult>> {
    private final ArticleReader reader;
    private final Fetcher fetcher;
    private final InputStream stdin;
    /** Inputs still to open, in order. */
    private final Deque<Object> todo = new ArrayDeque<>();
    /** The units of the input being read. */
    private Iterator<Supplier<ReadResult>> current = java.util.Collections.emptyIterator();
    private final boolean counted;
    private final int total;

    public InputSources(ArticleReader reader, Fetcher fetcher, List<String> inputs, InputStream stdin)
            throws IOException {
        this.reader = reader;
        this.fetcher = fetcher;
        this.stdin = stdin;
        boolean onlyFiles = true;
        int n = 0;
        for (String in : inputs) {
            if (in.equals("-") || Fetcher.isUrl(in)) {
                todo.add(in);
                onlyFiles &= in.equals("-");
                n++;
                continue;
            }
            for (Path p : reader.expand(List.of(Path.of(in)))) {
                todo.add(p);
                boolean many = NewsDumps.isDump(p) || isUrlList(p);
                onlyFiles &= !many;
                n++;
            }
        }
        this.counted = onlyFiles;
        this.total = n;
    }

    /** The number of articles, when known before reading (files only); -1 when dumps, lists or feeds hold more. */
    public int knownTotal() {
        return counted ? total : -1;
    }

    static boolean isUrlList(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".urls");
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (todo.isEmpty()) {
                return false;
            }
            current = open(todo.poll());
        }
        return true;
    }

    @Override
    public Supplier<ReadResult> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @SuppressWarnings("unchecked")
    private Iterator<Supplier<ReadResult>> open(Object input) {
        if (input instanceof Supplier<?> unit) {
            return one((Supplier<ReadResult>) unit);
        }
        if (input instanceof String s) {
            if (s.equals("-")) {
                return one(() -> reader.read(stdin, null));
            }
            return url(s);
        }
        Path p = (Path) input;
        if (NewsDumps.isDump(p)) {
            Iterator<NewsDumps.Entry> entries = NewsDumps.entries(p);
            return map(entries, e -> () -> e.record() == null ? ReadResult.failed(e.source(), e.error())
                    : reader.fromRecord(e.source(), e.record()));
        }
        if (isUrlList(p)) {
            List<String> urls;
            try {
                urls = Files.readAllLines(p, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            } catch (IOException e) {
                return one(() -> ReadResult.failed(p.toString(), "cannot read the URL list (" + e.getMessage()
                        + "); skipped"));
            }
            // the list's URLs are opened in turn, each when the one before is done: a list of thousands is never
            // fetched ahead of the writer
            for (int i = urls.size() - 1; i >= 0; i--) {
                String u = urls.get(i);
                todo.addFirst(Fetcher.isUrl(u) ? u : (Supplier<ReadResult>) () -> ReadResult.failed(p + ": " + u,
                        "not an http or https URL; skipped"));
            }
            return java.util.Collections.emptyIterator();
        }
        return one(() -> reader.read(p));
    }

    /**
     * A URL: fetched now (its answer decides whether it is one article or a feed of many), the pages of a feed's
     * items when their unit is worked.
     */
    private Iterator<Supplier<ReadResult>> url(String url) {
        Fetcher.Page page;
        try {
            page = fetcher.get(url);
        } catch (Fetcher.FetchException e) {
            return one(() -> ReadResult.failed(url, "cannot fetch: " + e.getMessage() + "; skipped"));
        }
        if (!Feeds.isFeed(page.body(), page.contentType())) {
            return one(() -> reader.fromPage(page.url(), page.body(), page.contentType(), null));
        }
        List<Feeds.Item> items = Feeds.items(new String(page.body(), StandardCharsets.UTF_8), page.url());
        if (items.isEmpty()) {
            return one(() -> ReadResult.failed(url, "a feed without items; nothing to ingest"));
        }
        List<Supplier<ReadResult>> out = new ArrayList<>();
        for (Feeds.Item item : items) {
            out.add(() -> feedItem(url, item));
        }
        return out.iterator();
    }

    private ReadResult feedItem(String feed, Feeds.Item item) {
        if (item.link() == null || !Fetcher.isUrl(item.link())) {
            return ReadResult.failed(feed + " (item '" + item.title() + "')", "the item links to no http(s) page; "
                    + "skipped");
        }
        try {
            Fetcher.Page page = fetcher.get(item.link());
            return reader.fromPage(item.link(), page.body(), page.contentType(), item);
        } catch (Fetcher.FetchException e) {
            if (item.content() != null && item.content().length() > 200) {
                ReadResult r = reader.fromRecord(item.link(), new NewsRecord(item.link(), item.title(),
                        item.published(), null, item.content(), item.content().stripLeading().startsWith("<")));
                return r.ok() ? ReadResult.ok(r.source(), r.article(), "its page could not be fetched ("
                        + e.getMessage() + "); the feed's text of it was read instead") : r;
            }
            return ReadResult.failed(item.link(), "cannot fetch: " + e.getMessage() + "; skipped");
        }
    }

    private static Iterator<Supplier<ReadResult>> one(Supplier<ReadResult> s) {
        return List.of(s).iterator();
    }

    private static <T> Iterator<Supplier<ReadResult>> map(Iterator<T> in,
                                                         java.util.function.Function<T, Supplier<ReadResult>> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public Supplier<ReadResult> next() {
                return f.apply(in.next());
            }
        };
    }
}
