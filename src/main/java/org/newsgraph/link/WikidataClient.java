package org.newsgraph.link;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Talks to the Wikidata (MediaWiki action) API: {@code wbsearchentities} to find items by name and
 * {@code wbgetentities} for their instance-of (P31) classes. One request at a time, with a timeout and a
 * User-Agent that names the tool, as Wikimedia's API etiquette asks.
 *
 * <pre>{@code
 * WikidataClient wd = WikidataClient.builder().build();       // https://www.wikidata.org/w/api.php
 * List<Candidate> cs = wd.search("Dmitry Peskov");
 * }</pre>
 */
public final class WikidataClient {
    /** The public Wikidata API. */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://www.wikidata.org/w/api.php");
    /** Sent with every request: tool, version and where to read about it. */
    public static final String DEFAULT_USER_AGENT =
            "newsgraph/0.1.0 (https://w3id.org/newsgraph; link --wikidata) java.net.http.HttpClient";

    private final URI endpoint;
    private final Duration timeout;
    private final String userAgent;
    private final String language;
    private final int limit;
    private final HttpClient http;
    private int requests;

    private WikidataClient(Builder b) {
        this.endpoint = b.endpoint;
        this.timeout = b.timeout;
        this.userAgent = b.userAgent;
        this.language = b.language;
        this.limit = b.limit;
        this.http = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public URI endpoint() {
        return endpoint;
    }

    /** How many candidates a search asks for. */
    public int limit() {
        return limit;
    }

    /** Requests sent so far. */
    public synchronized int requests() {
        return requests;
    }

    /** Items whose label or alias matches the name, best first (the API's order). */
    public List<Candidate> search(String name) throws LookupException {
        String q = "action=wbsearchentities&search=" + enc(name) + "&language=" + enc(language) + "&uselang="
                + enc(language) + "&type=item&format=json&limit=" + limit;
        return WikidataJson.searchResults(get(q), endpoint + " (wbsearchentities '" + name + "')");
    }

    /** The P31 classes of each item (an item without P31 maps to an empty set). */
    public Map<String, Set<String>> instanceOf(Collection<String> qids) throws LookupException {
        if (qids.isEmpty()) {
            return Map.of();
        }
        // wbgetentities takes up to 50 ids per request; the linker asks for a handful.
        String q = "action=wbgetentities&ids=" + enc(String.join("|", qids)) + "&props=claims&format=json";
        return WikidataJson.instanceOf(get(q), endpoint + " (wbgetentities " + String.join("|", qids) + ")");
    }

    private String get(String query) throws LookupException {
        URI uri = URI.create(endpoint + (endpoint.getRawQuery() == null ? "?" : "&") + query);
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent)
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> resp;
        synchronized (this) {
            requests++;
        }
        try {
            resp = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LookupException("cannot reach the Wikidata API at " + endpoint + " (" + describe(e)
                    + "); check the network connection, or pass --endpoint URL", true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LookupException("interrupted while waiting for " + endpoint, true, e);
        }
        if (resp.statusCode() != 200) {
            String retry = resp.headers().firstValue("Retry-After").map(s -> "; retry after " + s + " s").orElse("");
            String body = resp.body() == null ? "" : resp.body().strip();
            throw new LookupException("the Wikidata API at " + endpoint + " answered HTTP " + resp.statusCode()
                    + retry + (body.isEmpty() ? "" : ": " + body.substring(0, Math.min(200, body.length()))),
                    false, null);
        }
        return resp.body();
    }

    /** The cause in words: the innermost exception says what really happened (DNS, refused, timeout). */
    private String describe(IOException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof java.nio.channels.UnresolvedAddressException
                || root instanceof java.net.UnknownHostException) {
            return "host " + endpoint.getHost() + " cannot be resolved: offline or no DNS";
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "no answer within " + timeout.toSeconds() + " s";
        }
        if (e instanceof java.net.ConnectException) {
            int port = endpoint.getPort() > 0 ? endpoint.getPort() : "https".equals(endpoint.getScheme()) ? 443 : 80;
            return "cannot connect to " + endpoint.getHost() + ":" + port + ": no route, or connection refused";
        }
        String m = root.getMessage();
        String rootName = root.getClass().getSimpleName();
        String name = root == e ? rootName : e.getClass().getSimpleName() + "/" + rootName;
        return name + (m == null || m.isBlank() ? "" : ": " + m);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Configures a {@link WikidataClient}; every option has a default. */
    public static final class Builder {
        private URI endpoint = DEFAULT_ENDPOINT;
        private Duration timeout = Duration.ofSeconds(20);
        private String userAgent = DEFAULT_USER_AGENT;
        private String language = "en";
        private int limit = 5;

        /** The api.php URL, e.g. {@code http://127.0.0.1:8080/w/api.php}. */
        public Builder endpoint(URI u) {
            this.endpoint = Objects.requireNonNull(u);
            return this;
        }

        /** Connect and request timeout. */
        public Builder timeout(Duration d) {
            this.timeout = Objects.requireNonNull(d);
            return this;
        }

        public Builder userAgent(String ua) {
            this.userAgent = Objects.requireNonNull(ua);
            return this;
        }

        public Builder language(String lang) {
            this.language = Objects.requireNonNull(lang);
            return this;
        }

        /** Candidates per search, 1 to 50 (the API's maximum). */
        public Builder limit(int n) {
            this.limit = n;
            return this;
        }

        public WikidataClient build() {
            String scheme = endpoint.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
                throw new IllegalArgumentException("endpoint '" + endpoint + "' is not an http(s) URL such as "
                        + DEFAULT_ENDPOINT);
            }
            if (limit < 1 || limit > 50) {
                throw new IllegalArgumentException("candidates per search must be 1 to 50, not " + limit);
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, not " + timeout);
            }
            if (userAgent.isBlank()) {
                throw new IllegalArgumentException("the User-Agent must name the tool (Wikimedia API etiquette)");
            }
            return new WikidataClient(this);
        }
    }
}
