package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;

/**
 * What a browser needs to hear from the server, on every response: the first filter of the chain.
 *
 * <ul>
 *   <li><b>CORS</b> for graph tools in other origins: GET and POST (and HEAD) from any origin, without credentials
 *       (the server has no sessions or cookies to protect, and a wildcard origin never carries them); a preflight for
 *       any other method is refused.</li>
 *   <li><b>No XSLT from the URL</b>: Fuseki writes an {@code <?xml-stylesheet?>} pointing at whatever the {@code
 *       stylesheet} parameter says, and a {@code data:} stylesheet runs script in this server's origin. A request
 *       that carries the parameter is refused.</li>
 *   <li><b>Headers</b>: {@code X-Content-Type-Options: nosniff}, a Content-Security-Policy that lets pages run only
 *       this server's own scripts and connect only to it, and that no other site may frame them ({@code
 *       frame-ancestors 'none'}, and {@code X-Frame-Options} for older browsers); no referrer leaves the server.</li>
 * </ul>
 */
final class HttpSafety implements Filter {
    /** Methods a cross-origin page may use. */
    static final Set<String> CORS_METHODS = Set.of("GET", "POST", "HEAD");
    /**
     * The policy of every page the server sends: scripts from this server only (no inline script, no {@code eval}),
     * connections to this server only, no framing. The Fuseki UI and the landing page style elements inline, hence
     * {@code 'unsafe-inline'} for styles (BrowserIT runs the UI under this policy).
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** The map page's policy: the same, with OpenStreetMap's tile server allowed for images (tiles are opt-in). */
    static final String MAP_CSP = CSP.replace("img-src 'self' data:;", "img-src 'self' data: "
            + "https://tile.openstreetmap.org;");
    private static final String STYLESHEET = "stylesheet";

    private final boolean cors;

    /** @param cors whether pages of other origins may query the server */
    HttpSafety(boolean cors) {
        this.cors = cors;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Content-Security-Policy", CSP);
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Referrer-Policy", "no-referrer");
        String origin = req.getHeader("Origin");
        if (origin != null && cors) {
            res.setHeader("Access-Control-Allow-Origin", "*");
            res.setHeader("Access-Control-Expose-Headers", "Content-Type, Content-Length, Retry-After");
            if (req.getMethod().equals("OPTIONS") && req.getHeader("Access-Control-Request-Method") != null) {
                preflight(req, res);
                return;
            }
        }
        if (hasStylesheet(req)) {
            res.sendError(HttpServletResponse.SC_BAD_REQUEST, "the 'stylesheet' parameter is not accepted: it would "
                    + "make browsers run an XSLT named by the URL on this server's pages; transform the results "
                    + "client-side instead");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void preflight(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String method = req.getHeader("Access-Control-Request-Method").trim().toUpperCase(Locale.ROOT);
        if (!CORS_METHODS.contains(method)) {
            res.setHeader("Access-Control-Allow-Origin", null);
            res.setHeader("Access-Control-Expose-Headers", null);
            res.sendError(HttpServletResponse.SC_FORBIDDEN, "cross-origin " + method + " is not allowed: this "
                    + "server is read-only and accepts GET and POST from other origins");
            return;
        }
        res.setHeader("Access-Control-Allow-Methods", "GET, POST, HEAD");
        res.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, Cache-Control, X-Requested-With");
        res.setHeader("Access-Control-Max-Age", "86400");
        res.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /**
     * Whether the query string or a form body names the parameter, in any letter case (Fuseki reads it exactly, a
     * proxy in front may not).
     */
    private static boolean hasStylesheet(HttpServletRequest req) {
        for (String name : Collections.list(req.getParameterNames())) {
            if (name.trim().equalsIgnoreCase(STYLESHEET)) {
                return true;
            }
        }
        return false;
    }
}
