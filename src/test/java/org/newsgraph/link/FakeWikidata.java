package org.newsgraph.link;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * A real HTTP server on port 0 that answers like the Wikidata action API from the fixtures in
 * {@code src/test/resources/wikidata/}, and records every request (its decoded parameters and User-Agent).
 */
public final class FakeWikidata implements AutoCloseable {
    /** One request as the server saw it. */
    public record Request(Map<String, String> params, String userAgent) {
        public String action() {
            return params.getOrDefault("action", "");
        }
    }

    private final HttpServer server;
    private final JsonObject searches;
    private final JsonObject entities;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failAfter = new AtomicInteger(Integer.MAX_VALUE);

    public FakeWikidata() throws IOException {
        searches = JSON.parse(Files.readString(Path.of("src/test/resources/wikidata/search.json")));
        entities = JSON.parse(Files.readString(Path.of("src/test/resources/wikidata/entities.json")))
                .getObj("entities");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/w/api.php", ex -> {
            Map<String, String> params = params(ex.getRequestURI().getRawQuery());
            requests.add(new Request(params, ex.getRequestHeaders().getFirst("User-Agent")));
            int status = 200;
            String body;
            if (requests.size() > failAfter.get()) {
                status = 503;
                body = "Service Unavailable";
            } else if ("wbsearchentities".equals(params.get("action"))) {
                body = search(params.getOrDefault("search", ""));
            } else if ("wbgetentities".equals(params.get("action"))) {
                body = entities(params.getOrDefault("ids", ""));
            } else {
                body = "{\"error\":{\"code\":\"badvalue\",\"info\":\"Unrecognized value for parameter \\\"action\\\"\"}}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", status == 200 ? "application/json; charset=utf-8" : "text/plain");
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** The api.php URL. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php";
    }

    /** From now on, answer HTTP 503 once {@code n} requests have been served. */
    public void failAfter(int n) {
        failAfter.set(n);
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The names searched, in order. */
    public List<String> searched() {
        return requests().stream().filter(r -> r.action().equals("wbsearchentities"))
                .map(r -> r.params().get("search")).toList();
    }

    private String search(String q) {
        if (searches.hasKey(q)) {
            return JSON.toStringFlat(searches.get(q));
        }
        JsonObject empty = new JsonObject();
        JsonObject info = new JsonObject();
        info.put("search", q);
        empty.put("searchinfo", info);
        empty.put("search", new org.apache.jena.atlas.json.JsonArray());
        empty.put("success", 1);
        return JSON.toStringFlat(empty);
    }

    private String entities(String ids) {
        JsonObject found = new JsonObject();
        for (String id : ids.split("\\|")) {
            if (entities.hasKey(id)) {
                found.put(id, entities.get(id));
            } else {
                JsonObject missing = new JsonObject();
                missing.put("id", id);
                missing.put("missing", "");
                found.put(id, missing);
            }
        }
        JsonObject root = new JsonObject();
        root.put("entities", found);
        root.put("success", 1);
        return JSON.toStringFlat(root);
    }

    private static Map<String, String> params(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw == null) {
            return m;
        }
        for (String kv : raw.split("&")) {
            int eq = kv.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
            m.put(k, eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
