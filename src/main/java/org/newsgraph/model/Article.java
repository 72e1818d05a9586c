package org.newsgraph.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * One ingested article: its metadata and the clean body text that every offset refers to.
 *
 * @param id             stable id, from the file name or URL
 * @param sourceFile     the file name it was read from
 * @param title          headline, or null
 * @param published      publication date, or null when the text gives none
 * @param publisherKey   gazetteer key of the outlet that published it, or null
 * @param sourceKeys     keys of outlets credited in the text (wire agencies, "Source: ..."), publisher excluded
 * @param sourceUrl      original URL, or null
 * @param datelinePlace  the dateline's place as written ("TEHRAN"), or null
 * @param datelineDay    month and day a dateline gives without a year ("Paris, August 20"), when no full date
 *                       is known; the extractor may complete the year from the text
 * @param text           clean body text
 * @param contentHash    hash of the raw input, for change detection
 */
public record Article(String id, String sourceFile, String title, LocalDate published, String publisherKey,
                      List<String> sourceKeys, String sourceUrl, String datelinePlace, MonthDay datelineDay, String text,
                      String contentHash) {
    /**
     * Ids no article may take: an article's graph is {@code …/id/graph/ID}, and these name the store's own graphs
     * (the entities, the proposed links, the articles awaiting fusion). A file named {@code entities.txt} would
     * otherwise write its article into the entities graph, and replacing it would empty that graph.
     */
    public static final java.util.Set<String> RESERVED_IDS = java.util.Set.of("entities", "proposed-links",
            "awaiting-fusion");

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (!id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("article id '" + id + "' has characters outside [A-Za-z0-9._-]");
        }
        if (RESERVED_IDS.contains(id)) {
            throw new IllegalArgumentException("article id '" + id + "' names one of the store's own graphs");
        }
        // no-break and other Unicode spaces, zero-width spaces and byte order marks are no text either
        if (text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == 0x200B || c == 0xFEFF)) {
            throw new IllegalArgumentException("article " + id + " has no text");
        }
        sourceKeys = List.copyOf(sourceKeys);
    }
}
