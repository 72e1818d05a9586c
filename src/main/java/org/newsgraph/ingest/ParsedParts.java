package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.config.OutletTable;
import org.newsgraph.model.Entity;

/**
 * What a reader has found so far in one document; turned into an {@code Article} by {@link #toArticle}.
 * The outlet that published the article is chosen by evidence strength: the site's own domain, then an
 * outlet footer or dateline credit, then a byline or credit line, then a phrase of the story naming the outlet it
 * was written for ("told Daily Sabah"). The publication date likewise: a labelled publication stamp,
 * then a date line in the header, then a date in the URL, then a date opening the page; an "Updated" stamp
 * only when nothing else gives a date.
 */
final class ParsedParts {
    String title;
    private final EnumMap<PageDates.Kind, PageDates.Reading> dates = new EnumMap<>(PageDates.Kind.class);
    MonthDay datelineDay;
    String sourceUrl;
    String datelinePlace;
    String domainOutlet;
    String footerOutlet;
    /** An outlet the story names as the one it was written for ("told Daily Sabah"): the weakest evidence. */
    String mentionedOutlet;
    final Set<String> creditedOutlets = new LinkedHashSet<>();
    /** Authors named by the page's metadata: their byline lines are junk, never body text. */
    final Set<String> authors = new LinkedHashSet<>();
    final List<String> paragraphs = new ArrayList<>();

    void credit(OutletTable outlets, String name) {
        Entity e = outlets.forName(name);
        if (e != null) {
            creditedOutlets.add(e.key());
        }
    }

    /** A line that only names the page's authors ("Jane Roe", "By Jane Roe and John Doe"): a byline, not text. */
    boolean isAuthorLine(String line) {
        if (authors.isEmpty() || line.length() > 200) {
            return false;
        }
        Set<String> known = new java.util.HashSet<>();
        authors.forEach(a -> known.add(a.toLowerCase(java.util.Locale.ROOT)));
        String t = line.strip().replaceFirst("(?i)^by\\s+", "").replaceAll("[.\\s]+$", "");
        for (String part : t.split("\\s*(?:,|&|\\band\\b|\\|)\\s*")) {
            if (!part.isEmpty() && !known.contains(part.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Records a date the page states; the first of each kind counts. */
    void date(PageDates.Kind kind, PageDates.Reading reading) {
        if (reading != null) {
            dates.putIfAbsent(kind, reading);
        }
    }

    boolean hasDate(PageDates.Kind kind) {
        return dates.containsKey(kind);
    }

    /** The publication date by precedence; an ambiguous d/m date takes the reading the URL date confirms. */
    LocalDate published() {
        LocalDate fromUrl = PageDates.fromUrl(sourceUrl);
        if (fromUrl != null) {
            dates.putIfAbsent(PageDates.Kind.URL, PageDates.Reading.of(fromUrl));
        }
        for (PageDates.Reading r : dates.values()) {
            return r.resolve(fromUrl);
        }
        return null;
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
                : !creditedOutlets.isEmpty() ? creditedOutlets.iterator().next()
                : mentionedOutlet;
        List<String> sources = creditedOutlets.stream().filter(k -> !k.equals(publisher)).toList();
        LocalDate published = published();
        return new org.newsgraph.model.Article(id, file, title, published, publisher, sources, sourceUrl,
                datelinePlace, published == null ? datelineDay : null, text, hash);
    }
}
