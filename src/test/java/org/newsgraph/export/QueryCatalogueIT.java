package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.SeedStore;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.QueryCatalogue;
import org.newsgraph.serve.ServiceAllowlist;
import org.newsgraph.store.GraphStore;

/**
 * Every query in {@code queries/} parses, says which question it answers, and keeps its promise on the seeds:
 * local queries run through {@link QueryRunner} (the code path of {@code newsgraph query}) and return at least the
 * rows and the texts their header expects; federated ones call only endpoints the server's SERVICE allowlist lets
 * through, checked both on the allowlist and on a real server over HTTP (the remote answer itself needs internet,
 * which the tests do not have).
 */
class QueryCatalogueIT {
    private static final Path QUERIES = Path.of("queries");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static List<QueryCatalogue.Entry> catalogue;
    private static GraphStore store;
    private static NewsgraphServer server;

    @BeforeAll
    static void open() throws Exception {
        catalogue = QueryCatalogue.load(QUERIES);
        store = GraphStore.open(SeedStore.path());
    }

    @AfterAll
    static void close() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static synchronized NewsgraphServer server() throws Exception {
        if (server == null) {
            server = NewsgraphServer.builder().store(SeedStore.copy()).port(0).timeoutMillis(5000).build().start();
        }
        return server;
    }

    @Test
    void holdsAtLeastFifteenNumberedQueriesEachWithAQuestion() {
        assertTrue(catalogue.size() >= 15, "only " + catalogue.size() + " queries in " + QUERIES.toAbsolutePath());
        for (QueryCatalogue.Entry e : catalogue) {
            assertTrue(e.fileName().matches("\\d\\d-[a-z0-9-]+\\.rq"), "file name " + e.fileName());
            assertNotNull(e.question(), e.fileName() + " has no '# Question:' line");
            assertTrue(e.question().endsWith("?"), e.fileName() + ": the question should be a question: "
                    + e.question());
        }
        for (int n = 1; n <= 15; n++) {
            String prefix = String.format("%02d-", n);
            assertTrue(catalogue.stream().anyMatch(e -> e.fileName().startsWith(prefix)), "no query " + prefix + "*");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryParsesAndKeepsItsPromise() {
        return catalogue.stream().map(e -> DynamicTest.dynamicTest(e.fileName(), () -> check(e)));
    }

    private void check(QueryCatalogue.Entry e) throws Exception {
        Query q = QueryFactory.create(e.text());
        Set<String> services = services(q);
        assertEquals(e.federated(), !services.isEmpty(), e.fileName() + ": '# federated: true' must be stated exactly "
                + "when the query uses SERVICE " + services);
        if (e.federated()) {
            checkFederated(e, services);
            return;
        }
        assertTrue(q.isSelectType(), e.fileName() + " should be a SELECT, to give a table");
        // pages: a page size, an offset, and an order over every column, so that two pages never overlap
        assertTrue(q.hasLimit() && q.hasOffset() && q.hasOrderBy(), e.fileName() + " should page (ORDER BY, LIMIT, "
                + "OFFSET)");
        Set<String> ordered = new java.util.HashSet<>();
        q.getOrderBy().forEach(c -> c.getExpression().getVarsMentioned().forEach(v -> ordered.add(v.getVarName())));
        for (String v : q.getResultVars()) {
            assertTrue(ordered.contains(v), e.fileName() + ": ORDER BY should name ?" + v + ", so pages never overlap");
        }
        assertTrue(e.expectMinRows() >= 1, e.fileName() + " states no '# expect-min-rows: N' (N >= 1)");
        List<List<String>> rows = run(e.text());
        assertTrue(rows.size() >= e.expectMinRows(), e.fileName() + " returned " + rows.size() + " rows, expected at "
                + "least " + e.expectMinRows() + ": " + rows);
        for (String text : e.expectContains()) {
            assertTrue(rows.stream().flatMap(List::stream).anyMatch(c -> c.contains(text)),
                    e.fileName() + ": no cell contains '" + text + "' in " + rows);
        }
        assertTrue(rows.stream().allMatch(r -> r.stream().anyMatch(c -> !c.isEmpty() && !c.startsWith("http"))),
                e.fileName() + ": every row needs a readable label, not only IRIs: " + rows);
    }

    /** Runs a query the way {@code newsgraph query --format json} does, and reads the rows back as text cells. */
    private static List<List<String>> run(String sparql) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        QueryRunner.run(store.dataset(), sparql, "json", buf);
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(buf.toByteArray()));
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>();
            for (String v : rs.getResultVars()) {
                RDFNode n = s.get(v);
                row.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    private static Set<String> services(Query q) {
        Set<String> out = new LinkedHashSet<>();
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                out.add(el.getServiceNode().isURI() ? el.getServiceNode().getURI() : el.getServiceNode().toString());
            }
        });
        return out;
    }

    private static void checkFederated(QueryCatalogue.Entry e, Set<String> services) throws Exception {
        for (String s : services) {
            assertTrue(ServiceAllowlist.DEFAULT.contains(s), e.fileName() + " calls " + s + ", which the server's "
                    + "default SERVICE allowlist " + ServiceAllowlist.DEFAULT + " refuses");
        }
        // The real server must let it through its gate; what Wikidata answers is not the point (no internet here).
        assertFalse(refusedByServer(e.text()), e.fileName() + " is refused by the server's SERVICE allowlist");
        // ... and the gate is really there: the same query aimed elsewhere is refused.
        String elsewhere = e.text();
        for (String s : services) {
            elsewhere = elsewhere.replace("<" + s + ">", "<http://127.0.0.1:9/sparql>");
        }
        assertTrue(refusedByServer(elsewhere), "the allowlist should refuse SERVICE <http://127.0.0.1:9/sparql>");
    }

    private static boolean refusedByServer(String sparql) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server().sparqlUrl()))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        return r.body().contains("allowlist");
    }
}
