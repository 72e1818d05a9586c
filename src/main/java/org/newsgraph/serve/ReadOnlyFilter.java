package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses every state-changing request to the server's control area ({@code /$/...}): only GET, HEAD and OPTIONS
 * pass, so the web UI can read server status while datasets cannot be created, deleted, backed up or compacted.
 */
public final class ReadOnlyFilter implements Filter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest r = (HttpServletRequest) req;
        if (SAFE.contains(r.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        ((HttpServletResponse) res).sendError(HttpServletResponse.SC_FORBIDDEN,
                "newsgraph serves a read-only dataset: " + r.getMethod() + " " + r.getRequestURI() + " is refused");
    }
}
