package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.config.OutletTable;
import org.newsgraph.model.Entity;

/**
 * What a reader has found so far in one document; turned into an {@code Article} by {@link #toArticle}.
 * The outlet that published the article is chosen by evidence strength: the site's own domain, then an
 * outlet footer or dateline credit, then a byline.
 */
final class ParsedParts {
    String title;
    LocalDate published;
    MonthDay datelineDay;
    String sourceUrl;
    String datelinePlace;
    String domainOutlet;
    String footerOutlet;
    final Set<String> creditedOutlets = new LinkedHashSet<>();
    final List<String> paragraphs = new ArrayList<>();

    void credit(OutletTable outlets, String name) {
        Entity e = outlets.forName(name);
        if (e != null) {
            creditedOutlets.add(e.key());
        }
    }

    void domain(OutletTable outlets, String url) {
        Entity e = outlets.forUrl(url);
        if (e != null && domainOutlet == null) {
            domainOutlet = e.key();
        }
    }

    org.newsgraph.model.Article toArticle(String id, String file, String hash) {
        String text = String.join("\n\n", paragraphs);
        String publisher = domainOutlet != null ? domainOutlet
                : footerOutlet != null ? footerOutlet
                : creditedOutlets.isEmpty() ? null : creditedOutlets.iterator().next();
        List<String> sources = creditedOutlets.stream().filter(k -> !k.equals(publisher)).toList();
        return new org.newsgraph.model.Article(id, file, title, published, publisher, sources, sourceUrl,
                datelinePlace, published == null ? datelineDay : null, text, hash);
    }
}
