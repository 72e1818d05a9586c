package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browsing pages' static files under {@code /assets/}: Leaflet 1.9.4 from its WebJar, the map page's own script,
 * and the offline country outlines as GeoJSON. A closed list: any other path under {@code /assets/} is 404, so
 * nothing else on the class path can be read through it. Served with a day's caching; GET and HEAD only.
 */
final class Assets implements Filter {
    /** The filter path. */
    static final String PATH_SPEC = "/assets/*";
    private static final String LEAFLET = "META-INF/resources/webjars/leaflet/1.9.4/dist/";
    private static final String OURS = "newsgraph/assets/";

    /** A file on offer: where it lies on the class path and its media type. */
    private record Asset(String resource, String mediaType) {
    }

    private static final Map<String, Asset> FILES = Map.of(
            "/assets/leaflet/leaflet.js", new Asset(LEAFLET + "leaflet.js", "text/javascript; charset=utf-8"),
            "/assets/leaflet/leaflet.css", new Asset(LEAFLET + "leaflet.css", "text/css; charset=utf-8"),
            "/assets/leaflet/images/layers.png", new Asset(LEAFLET + "images/layers.png", "image/png"),
            "/assets/leaflet/images/layers-2x.png", new Asset(LEAFLET + "images/layers-2x.png", "image/png"),
            "/assets/map.js", new Asset(OURS + "map.js", "text/javascript; charset=utf-8"),
            "/assets/outlines.geojson", new Asset(null, "application/geo+json"));
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        Asset asset = FILES.get(path);
        if (asset == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "no such file: " + path);
            return;
        }
        if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
            res.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "static files: GET or HEAD");
            return;
        }
        byte[] body = cache.computeIfAbsent(path, k -> load(asset));
        res.setContentType(asset.mediaType());
        res.setHeader("Cache-Control", "public, max-age=86400");
        res.setContentLength(body.length);
        if (req.getMethod().equals("GET")) {
            res.getOutputStream().write(body);
        }
    }

    private static byte[] load(Asset asset) {
        if (asset.resource() == null) {
            return MapHtml.outlinesGeoJson();
        }
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(asset.resource())) {
            if (in == null) {
                throw new IllegalStateException("the build lacks " + asset.resource());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
