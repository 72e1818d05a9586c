package org.newsgraph.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small real-HTTP client for the server tests. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    static HttpResponse<String> send(String method, String url, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.header("Accept", "application/sparql-results+json, */*");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpRequest request = b.build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException first) {
            // Jetty closes a connection after refusing a request whose body it did not read; the client may pick that
            // pooled connection for the next request and get no bytes back. Java retries only GETs itself, so a
            // refused POST is sent once more, on a fresh connection; a second failure is real.
            try {
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                e.addSuppressed(first);
                throw new IOException(method + " " + url + " failed: " + e.getMessage(), e);
            }
        }
    }

    static HttpResponse<String> get(String url) throws Exception {
        return send("GET", url, null, null);
    }

    static HttpResponse<String> query(String endpoint, String sparql) throws Exception {
        return send("POST", endpoint, "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
    }
}
