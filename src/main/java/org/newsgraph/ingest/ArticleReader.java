package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.config.OutletTable;
import org.newsgraph.model.Article;

/**
 * Turns files, folders and standard input into {@link Article}s. Each input gives a {@link ReadResult}: a bad
 * file is reported with its reason and never stops the batch.
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReader(Gazetteer.load());
 * for (Path p : reader.expand(List.of(Path.of("seeds")))) { ReadResult r = reader.read(p); }
 * }</pre>
 */
public final class ArticleReader {
    /** File name endings the reader understands. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm");
    private static final long MAX_BYTES = 20L * 1024 * 1024;
    /** How much of a page is looked at for impossible dates: its header, where publication dates stand. */
    private static final int HEADER_CHARS = 4000;

    private final TextArticleParser text;
    private final HtmlArticleParser html;
    private final OutletTable outlets;

    public ArticleReader(Gazetteer gazetteer) {
        OutletTable outlets = new OutletTable(gazetteer);
        this.outlets = outlets;
        this.text = new TextArticleParser(outlets);
        this.html = new HtmlArticleParser(outlets);
    }

    /**
     * Expands folders (recursively, sorted, hidden files skipped); files are kept as given. Files of other types are
     * kept so that {@link #read(Path)} reports them.
     */
    public List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                // everything in the folder that is not a directory or hidden: a .pdf, a FIFO or a link to a device
                // is read too, so that it is reported ("unknown file type", "not a regular file"), not dropped
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> !Files.isDirectory(f))
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Reads one file. */
    public ReadResult read(Path file) {
        String name = file.toString();
        String ext = extension(file.getFileName().toString());
        if (!EXTENSIONS.contains(ext)) {
            return ReadResult.failed(name, (ext.isEmpty() ? "no file extension" : "unknown file type '." + ext + "'")
                    + " (expected .txt, .md, .html or .htm, a .jsonl or .csv news dump, or a .urls list); skipped");
        }
        byte[] bytes;
        try {
            if (!Files.exists(file)) {
                return ReadResult.failed(name, "no such file; skipped");
            }
            // a FIFO would block forever and a link to /dev/zero never end: only regular files are read
            if (!Files.isRegularFile(file)) {
                return ReadResult.failed(name, "not a regular file (a device, FIFO, socket or broken link); skipped");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (IOException | SecurityException e) {
            return ReadResult.failed(name, "cannot read file (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); skipped");
        }
        if (bytes.length > MAX_BYTES) {
            return ReadResult.failed(name, "file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB; skipped");
        }
        return parse(name, file.getFileName().toString(), ext, bytes);
    }

    /** Reads standard input (or any stream) as one article of the given format ("txt" or "html"). */
    public ReadResult read(InputStream in, String format) {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return ReadResult.failed("-", "standard input is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MiB; not read further");
            }
            String ext = format == null ? guessFormat(bytes) : format;
            return parse("-", "stdin." + ext, ext, bytes);
        } catch (IOException e) {
            return ReadResult.failed("-", "cannot read standard input: " + e.getMessage());
        }
    }

    ReadResult parse(String source, String fileName, String ext, byte[] bytes) {
        return parse(source, null, fileName, ext, bytes, null);
    }

    /**
     * One record of a news dump or feed: its text read as a file's would be, its metadata (title, date, outlet, URL)
     * taken as given where given. The id comes from the URL ({@link #idForUrl}), else from the record's place in its
     * dump ({@code dump-17}); the source file is the URL, else that place.
     */
    public ReadResult fromRecord(String source, NewsRecord rec) {
        String sourceFile = rec.url() != null ? rec.url() : source.replaceFirst("^.*[/\\\\]", "");
        String id = rec.url() != null ? idForUrl(rec.url()) : articleId(sourceFile.replace(':', '-') + ".txt",
                "0".repeat(64));
        byte[] canonical = String.join("\u0000", String.valueOf(rec.url()), String.valueOf(rec.title()),
                String.valueOf(rec.published()), String.valueOf(rec.outlet()), rec.text())
                .getBytes(StandardCharsets.UTF_8);
        ReadResult base = parse(source, id, sourceFile, rec.html() ? "html" : "txt",
                rec.text().getBytes(StandardCharsets.UTF_8), rec.url());
        if (!base.ok()) {
            return base;
        }
        Article a = base.article();
        List<String> notes = new ArrayList<>();
        if (base.warning() != null) {
            notes.add(base.warning());
        }
        java.time.LocalDate day = NewsRecord.day(rec.published());
        if (rec.published() != null && day == null) {
            notes.add("its publication date '" + rec.published() + "' is no date this reader knows; the text's is used");
        }
        String publisher = a.publisherKey();
        if (rec.outlet() != null) {
            org.newsgraph.model.Entity o = outlets.forName(rec.outlet());
            if (o == null) {
                o = outlets.forUrl("https://" + rec.outlet().replaceFirst("^(?i)https?://", ""));
            }
            if (o != null) {
                publisher = o.key();
            } else {
                notes.add("its outlet '" + rec.outlet() + "' is not in the outlet table; "
                        + (publisher == null ? "no publisher is recorded" : "the text's is used"));
            }
        } else if (rec.url() != null && outlets.forUrl(rec.url()) != null) {
            publisher = outlets.forUrl(rec.url()).key();
        }
        String pub = publisher;
        Article out = new Article(id, sourceFile, rec.title() != null ? rec.title() : a.title(),
                day != null ? day : a.published(), publisher,
                a.sourceKeys().stream().filter(k -> !k.equals(pub)).toList(),
                rec.url() != null ? rec.url() : a.sourceUrl(), a.datelinePlace(), day != null ? null : a.datelineDay(),
                a.text(), sha256(canonical));
        return ReadResult.ok(source, out, notes.isEmpty() ? null : String.join("; ", notes));
    }

    /**
     * A page fetched from a URL, with what a feed said of it filling in what the page does not say (its title, its
     * date). The id comes from the URL.
     */
    ReadResult fromPage(String url, byte[] body, String contentType, Feeds.Item item) {
        boolean isHtml = contentType.contains("html") || guessFormat(body).equals("html");
        ReadResult r = parse(url, idForUrl(url), url, isHtml ? "html" : "txt", body, url);
        if (!r.ok() || item == null) {
            return r;
        }
        Article a = r.article();
        java.time.LocalDate day = a.published() != null ? null : NewsRecord.day(item.published());
        if (a.title() != null && day == null && a.sourceUrl() != null) {
            return r;
        }
        return ReadResult.ok(url, new Article(a.id(), a.sourceFile(), a.title() != null ? a.title() : item.title(),
                day != null ? day : a.published(), a.publisherKey(), a.sourceKeys(),
                a.sourceUrl() != null ? a.sourceUrl() : url, a.datelinePlace(),
                day != null ? null : a.datelineDay(), a.text(), a.contentHash()), r.warning());
    }

    /**
     * The article id of a URL: its host and path made safe and cut to 80 characters, then 8 hex digits of the
     * URL's hash ({@code aljazeera.com-news-2019-10-9-turkey-launches-...-1a2b3c4d}). The same URL is the same
     * article, whichever dump, feed or list it came from.
     */
    public static String idForUrl(String url) {
        String u = url.strip().replaceFirst("^(?i)https?://(www\\.)?", "").replaceFirst("[?#].*$", "");
        String slug = u.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("[-.]+$", "");
        }
        String hash = sha256(url.strip().getBytes(StandardCharsets.UTF_8)).substring(0, 8);
        return (slug.isEmpty() ? "url" : slug) + "-" + hash;
    }

    private ReadResult parse(String source, String givenId, String fileName, String ext, byte[] bytes,
                             String baseUri) {
        if (bytes.length == 0) {
            return ReadResult.failed(source, "file is empty; skipped");
        }
        TextDecoding.Decoded decoded;
        try {
            decoded = TextDecoding.decode(bytes, ext.equals("html") || ext.equals("htm"));
        } catch (TextDecoding.Undecodable e) {
            return ReadResult.failed(source, e.getMessage() + "; skipped");
        }
        String raw = decoded.text();
        String hash = sha256(bytes);
        String id = givenId != null ? givenId : articleId(fileName, hash);
        try {
            Article a;
            if (ext.equals("html") || ext.equals("htm")) {
                a = html.parse(id, fileName, raw, hash, baseUri);
                if (a == null) {
                    return ReadResult.failed(source, "no article text after removing page boilerplate ("
                            + bytes.length + " bytes of markup); skipped");
                }
            } else {
                a = text.parse(id, fileName, raw, hash);
            }
            // a date on the page that is no calendar date is ignored, and said so
            List<String> impossible = PageDates.impossible(raw.substring(0, Math.min(raw.length(), HEADER_CHARS)));
            String dates = impossible.isEmpty() ? null : "ignored " + (impossible.size() == 1 ? "a date that is"
                    : "dates that are") + " no calendar date: " + String.join(", ", impossible);
            String warning = decoded.warning() == null ? dates
                    : dates == null ? decoded.warning() : decoded.warning() + "; " + dates;
            return ReadResult.ok(source, a, warning);
        } catch (IllegalArgumentException e) {
            return ReadResult.failed(source, e.getMessage() + "; skipped");
        } catch (RuntimeException | StackOverflowError e) {
            // a page that defeats a parser (pathological nesting, a runaway pattern) is this file's failure only
            return ReadResult.failed(source, "could not be parsed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); skipped");
        }
    }

    /** The article id ingesting this file gives (read to hash it only when its name gives none). */
    public static String idOf(Path file) throws IOException {
        String name = file.getFileName().toString();
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String id = articleId(name, "0".repeat(64));
        return id.startsWith("article-") || base.equals("stdin") ? articleId(name, sha256(Files.readAllBytes(file))) : id;
    }

    /**
     * The stable article id: the file name without its extension, reduced to safe characters; a name that is one of
     * the store's own graphs ({@link Article#RESERVED_IDS}: {@code entities.txt}) gets {@code -article} after it.
     */
    static String articleId(String fileName, String hash) {
        String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        if (base.equals("stdin")) {
            return "stdin-" + hash.substring(0, 16);
        }
        String id = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        if (Article.RESERVED_IDS.contains(id)) {
            return id + "-article";
        }
        return id.isEmpty() ? "article-" + hash.substring(0, 16) : id;
    }

    private static String guessFormat(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") ? "html" : "txt";
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
