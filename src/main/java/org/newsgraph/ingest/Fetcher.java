package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches pages and feeds over HTTP(S), politely and safely: a user agent that says who is asking, a timeout for
 * connecting and one for the whole response, a cap on the body's size, only http and https, redirects followed but
 * never from https down to http, and a pause between two requests to the same host.
 */
public final class Fetcher {
    /** The user agent sent with every request. */
    public static final String USER_AGENT = "newsgraph/0.1 (news knowledge graph for analysts; "
            + "+https://w3id.org/newsgraph)";

    /** A fetched body. */
    public record Page(String url, byte[] body, String contentType) {
    }

    /** Why a fetch gave nothing; the message names the URL's trouble, not a stack. */
    public static final class FetchException extends Exception {
        FetchException(String message) {
            super(message);
        }
    }

    /** Made at the first fetch: a client starts a selector thread, and most batches fetch nothing. */
    private volatile HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final long pauseMillis;
    private final Map<String, Long> lastRequest = new ConcurrentHashMap<>();

    /**
     * @param timeout     for connecting, and again for the whole response
     * @param maxBytes    larger bodies are refused
     * @param pauseMillis least time between two requests to the same host
     */
    public Fetcher(Duration timeout, long maxBytes, long pauseMillis) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.pauseMillis = pauseMillis;
    }

    /** The defaults: 20 s timeouts, 20 MiB, one second between requests to one host. */
    public static Fetcher polite() {
        return new Fetcher(Duration.ofSeconds(20), 20L * 1024 * 1024, 1000);
    }

    /** True for the inputs this fetcher takes: http and https URLs. */
    public static boolean isUrl(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    public Page get(String url) throws FetchException {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a valid URL");
        }
        if (!isUrl(url.strip()) || uri.getHost() == null) {
            throw new FetchException("only http and https URLs with a host are fetched");
        }
        waitForTurn(uri.getHost().toLowerCase(Locale.ROOT));
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,*/*;q=0.5").GET().build();
        HttpResponse<InputStream> resp;
        try {
            resp = client().send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new FetchException("no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new FetchException("cannot connect (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        }
        try (InputStream in = resp.body()) {
            if (resp.statusCode() != 200) {
                throw new FetchException("HTTP " + resp.statusCode());
            }
            long declared = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw new FetchException("larger than " + cap() + " (" + declared + " bytes)");
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new FetchException("larger than " + cap() + "; not read further");
            }
            return new Page(resp.uri().toString(), body, resp.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new FetchException("the answer was cut off (" + e.getMessage() + ")");
        }
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(timeout)
                            .followRedirects(HttpClient.Redirect.NORMAL).build();
                }
                c = client;
            }
        }
        return c;
    }

    private String cap() {
        return maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MiB" : maxBytes / 1024 + " KiB";
    }

    private void waitForTurn(String host) {
        while (true) {
            long now = System.currentTimeMillis();
            Long last = lastRequest.get(host);
            long wait = last == null ? 0 : last + pauseMillis - now;
            if (wait <= 0) {
                boolean mine = last == null ? lastRequest.putIfAbsent(host, now) == null
                        : lastRequest.replace(host, last, now);
                if (mine) {
                    return;
                }
                continue;
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
