package org.newsgraph.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.config.Tsv;
import org.newsgraph.model.Agreement;
import org.newsgraph.model.TimeValue;

/** Known agreements ({@code newsgraph/agreements.tsv}) with the words that identify them. */
final class AgreementCatalogue {
    /** A catalogue entry: the agreement and what resolves a wording to it. */
    record Entry(Agreement agreement, String kind, List<String> names, List<String> keywords) {
    }

    private static volatile AgreementCatalogue shared;
    final List<Entry> entries;

    private AgreementCatalogue(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static AgreementCatalogue load() {
        AgreementCatalogue c = shared;
        if (c == null) {
            synchronized (AgreementCatalogue.class) {
                if (shared == null) {
                    List<Entry> entries = new ArrayList<>();
                    for (Tsv.Row r : Tsv.read("newsgraph/agreements.tsv")) {
                        Agreement a = new Agreement(r.require("key"), r.require("label"), r.list("parties"),
                                signed(r.get("signed")), r.get("place").isEmpty() ? null : r.get("place"),
                                r.list("provisions"), r.get("wikidata").isEmpty() ? null : r.get("wikidata"), true);
                        entries.add(new Entry(a, r.require("kind"), r.list("names"), r.list("keywords")));
                    }
                    shared = new AgreementCatalogue(entries);
                }
                c = shared;
            }
        }
        return c;
    }

    static TimeValue signed(String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return TimeValue.day(LocalDate.parse(s), null, null);
        }
        if (s.matches("\\d{4}-\\d{2}")) {
            return TimeValue.month(YearMonth.parse(s), null, null);
        }
        return TimeValue.year(Integer.parseInt(s), null, null);
    }
}
