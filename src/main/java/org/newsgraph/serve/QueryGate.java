package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Admission control for SPARQL queries, so that slow queries cannot starve the server: at most {@code maxRunning}
 * queries run at once, at most {@code perClient} of them from one client address (so one client's batch leaves room
 * for everybody else), and at most {@code maxWaiting} wait for a turn, each for at most {@code maxWaitMillis}. A
 * query that finds the queue full, or waits too long, gets {@code 503 Service Unavailable} with a {@code
 * Retry-After} header and a one-line reason at once; no request is dropped. Pages that are not queries (the
 * landing page, the UI, the downloads) never wait here.
 *
 * <p>Each admitted query's response goes through a {@link CutOffResponse}, which makes a result cut short by the
 * query timeout or the size limit detectable.
 */
final class QueryGate implements Filter {
    private final Limits limits;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private final Map<String, Integer> runningByClient = new HashMap<>();
    private int running;
    private int waiting;

    /**
     * @param maxRunning     queries that run at once
     * @param perClient      of these, how many one client address may run
     * @param maxWaiting     queries that may wait for a turn
     * @param maxWaitMillis  how long one waits before it is turned away
     * @param timeoutMillis  the query timeout (named in messages)
     * @param maxResultBytes a result larger than this is cut off
     */
    record Limits(int maxRunning, int perClient, int maxWaiting, long maxWaitMillis, long timeoutMillis,
                  long maxResultBytes) {
        Limits {
            if (maxRunning < 1 || perClient < 1 || maxWaiting < 0 || maxWaitMillis < 0 || maxResultBytes < 1) {
                throw new IllegalArgumentException("query limits must be positive: " + maxRunning + " running, "
                        + perClient + " per client, " + maxWaiting + " waiting, " + maxResultBytes + " bytes");
            }
        }

        /** Defaults for a machine: two running queries per core (at least 4), half of them for one client. */
        static Limits forMachine(long timeoutMillis) {
            int running = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
            return new Limits(running, Math.max(1, running / 2), 4 * running, Math.min(timeoutMillis, 10_000),
                    timeoutMillis, 256L << 20);
        }
    }

    QueryGate(Limits limits) {
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        if (req.getMethod().equals("OPTIONS")) {
            chain.doFilter(request, response);
            return;
        }
        String client = String.valueOf(req.getRemoteAddr());
        String refusal = admit(client);
        if (refusal != null) {
            busy(res, refusal);
            return;
        }
        try {
            CutOffResponse out = new CutOffResponse(res, limits);
            chain.doFilter(request, out);
            out.finish();
        } finally {
            release(client);
        }
    }

    /** Waits for a turn; null when admitted, else why not. */
    private String admit(String client) {
        lock.lock();
        try {
            if (canRun(client)) {
                take(client);
                return null;
            }
            if (waiting >= limits.maxWaiting()) {
                return "newsgraph is busy: " + running + " queries are running and " + waiting
                        + " are waiting (at most " + limits.maxRunning() + " run at once, " + limits.perClient()
                        + " per client, and " + limits.maxWaiting() + " wait); try again in a few seconds";
            }
            waiting++;
            try {
                long left = TimeUnit.MILLISECONDS.toNanos(limits.maxWaitMillis());
                while (!canRun(client)) {
                    if (left <= 0) {
                        return "newsgraph is busy: your query waited " + limits.maxWaitMillis() / 1000.0
                                + " s for one of the " + limits.maxRunning() + " query slots (" + limits.perClient()
                                + " per client) and did not get one; try again in a few seconds";
                    }
                    left = freed.awaitNanos(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "newsgraph is shutting down";
            } finally {
                waiting--;
            }
            take(client);
            return null;
        } finally {
            lock.unlock();
        }
    }

    private boolean canRun(String client) {
        return running < limits.maxRunning() && runningByClient.getOrDefault(client, 0) < limits.perClient();
    }

    private void take(String client) {
        running++;
        runningByClient.merge(client, 1, Integer::sum);
    }

    private void release(String client) {
        lock.lock();
        try {
            running--;
            runningByClient.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
            freed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static void busy(HttpServletResponse res, String why) throws IOException {
        byte[] body = (why + "\n").getBytes(StandardCharsets.UTF_8);
        res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        res.setHeader("Retry-After", "5");
        res.setContentType("text/plain; charset=utf-8");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
