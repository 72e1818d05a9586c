package org.newsgraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load generator for a server on this machine: {@code concurrency} threads of one JVM send requests from a shuffled
 * list, each waiting for its answer before the next (a closed loop, as that many analysts clicking), and the latency
 * of each answer is kept by the request's label. Threads of one process rather than a process per request, so that
 * the generator takes as little as it can of the CPU the server needs.
 */
public final class HttpLoad {
    /** One request: its label (what the table calls it), and a GET of a path or a POST of a SPARQL query. */
    public record Request(String label, String path, String sparql) {
        public static Request get(String label, String path) {
            return new Request(label, path, null);
        }

        public static Request query(String label, String endpointPath, String sparql) {
            return new Request(label, endpointPath, sparql);
        }
    }

    /** Latencies of one label, in milliseconds, and how many answers were not 2xx. */
    public record Stats(String label, double p50, double p95, double p99, double max, int n, int failed) {
        /** The statistics as a row of {@link #head()}'s table. */
        public String row() {
            return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f | %d |", label, n, p50, p95, p99,
                    max, failed);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final Duration timeout;

    public HttpLoad(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Sends every request {@code times} times, shuffled, on {@code concurrency} threads, and returns the statistics by
     * label, in the order the labels first appear in {@code requests}.
     */
    public Map<String, Stats> run(URI base, List<Request> requests, int times, int concurrency, long seed)
            throws InterruptedException {
        List<Request> all = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            all.addAll(requests);
        }
        Collections.shuffle(all, new Random(seed));
        Map<String, ConcurrentLinkedQueue<Double>> took = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> failed = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (int t = 0; t < concurrency; t++) {
            pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < all.size(); ) {
                    Request r = all.get(i);
                    long t0 = System.nanoTime();
                    boolean ok = send(base, r);
                    took.computeIfAbsent(r.label(), k -> new ConcurrentLinkedQueue<>())
                            .add((System.nanoTime() - t0) / 1e6);
                    if (!ok) {
                        failed.computeIfAbsent(r.label(), k -> new AtomicInteger()).incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        Map<String, Stats> out = new LinkedHashMap<>();
        for (Request r : requests) {
            if (!out.containsKey(r.label()) && took.containsKey(r.label())) {
                double[] ms = took.get(r.label()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
                out.put(r.label(), new Stats(r.label(), pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1],
                        ms.length, failed.getOrDefault(r.label(), new AtomicInteger()).get()));
            }
        }
        return out;
    }

    private boolean send(URI base, Request r) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(r.path())).timeout(timeout);
        if (r.sparql() != null) {
            b.header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json, text/turtle;q=0.9")
                    .POST(HttpRequest.BodyPublishers.ofString("query="
                            + URLEncoder.encode(r.sparql(), StandardCharsets.UTF_8)));
        } else {
            b.header("Accept", "text/html").GET();
        }
        try {
            HttpResponse<byte[]> res = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return res.statusCode() / 100 == 2;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The nearest-rank percentile of sorted values. */
    static double pct(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The table's head, for {@link Stats#row()} lines. */
    public static String head() {
        return "| request | n | p50 ms | p95 ms | p99 ms | max ms | failed |\n|---|---|---|---|---|---|---|";
    }
}
