package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedStore;
import org.newsgraph.store.GraphStore;

/**
 * The timeline pages in SPARQL (the sorted keys of all items, then the details of one page's items): read page by
 * page with pages of 7, the seeds' timeline is the one-page timeline, item for item, in date order.
 */
class TimelinePagingIT {
    private static final Pattern ROW = Pattern.compile(
            "<tr><td class=\"date\">([^<]*)(?:<span[^>]*>inferred</span>)?</td><td>([A-Za-z]+)</td><td><a href=\"([^\"]+)\"");
    private static GraphStore store;
    private static DatasetGraph ds;

    @BeforeAll
    static void open() throws Exception {
        store = GraphStore.open(SeedStore.copy());
        ds = store.dataset().asDatasetGraph();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true); // as the server's configuration has it
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void pagesOfSevenAddUpToTheWholeTimelineInDateOrder() {
        for (String kind : new String[] {null, "Statement"}) {
            List<String> whole = rows(render(kind, 0, 1000));
            assertTrue(whole.size() > 14, "the seeds fill more than two pages of 7: " + whole.size());
            List<String> paged = new ArrayList<>();
            int pages = (whole.size() + 6) / 7;
            for (int p = 0; p < pages; p++) {
                String html = render(kind, p, 7);
                List<String> rows = rows(html);
                assertTrue(rows.size() == 7 || p == pages - 1 && rows.size() <= 7, "page " + p + ": " + rows.size());
                assertTrue(html.contains("page " + (p + 1) + " of " + pages), "the pager says where we are");
                if (p + 1 < pages) {
                    assertTrue(html.contains("<a href=\"/timeline?page=" + (p + 1)
                            + (kind == null ? "" : "&amp;kind=" + kind) + "\">later"), "the next page keeps the filter");
                }
                paged.addAll(rows);
            }
            assertEquals(whole, paged, "kind " + kind);
            List<String> dates = whole.stream().map(r -> r.substring(0, r.indexOf(' '))).toList();
            assertEquals(dates.stream().sorted().toList(), dates, "in date order");
            if (kind != null) {
                assertTrue(whole.stream().allMatch(r -> r.contains(" " + kind + " ")), "only " + kind);
            }
            assertEquals(rows(render(kind, pages - 1, 7)), rows(render(kind, pages + 5, 7)), "past the end: the last");
        }
    }

    private static String render(String kind, int page, int size) {
        return Txn.calculateRead(ds, () -> new TimelineHtml(ds, null, null, kind, Integer.toString(page), null, size)
                .render());
    }

    /** "DATE KIND HREF" per row. */
    private static List<String> rows(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            out.add(m.group(1).strip() + " " + m.group(2) + " " + m.group(3));
        }
        return out;
    }
}
