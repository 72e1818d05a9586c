package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One article as a news dump or a feed gives it: metadata taken as given, the text to extract from. Field names vary
 * by exporter, so each field is looked up under the names news APIs, Media Cloud and GDELT exports use.
 *
 * @param url       the article's address, or null
 * @param title     its headline, or null
 * @param published its publication date as written, or null
 * @param outlet    the outlet's name or domain, or null
 * @param text      the article's text (plain, or HTML when {@code html})
 */
public record NewsRecord(String url, String title, String published, String outlet, String text, boolean html)
        implements java.io.Serializable {
    /** The names each field goes by, first match wins (compared without case, "_" and "-"). */
    static final Map<String, List<String>> FIELDS = Map.of(
            "url", List.of("url", "link", "articleurl", "sourceurl", "documentidentifier", "canonicalurl"),
            "title", List.of("title", "headline"),
            "published", List.of("published", "publishdate", "publishedat", "publicationdate", "pubdate", "date",
                    "datepublished", "seendate"),
            "outlet", List.of("outlet", "source", "sourcename", "medianame", "publisher", "sourcecommonname",
                    "domain", "site"),
            "text", List.of("text", "content", "body", "fulltext", "articletext", "maintext"));

    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern COMPACT_DAY = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?\\d{4,6}Z?)?$");

    /** The key a field name is compared by: lower case, without "_", "-" and spaces. */
    static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[_\\- ]", "");
    }

    /**
     * A publication date as dumps and feeds write it: ISO ("2019-10-09", "2019-10-09T14:03:00Z"), compact
     * ("20191009", GDELT's "20191009T140300Z") or RFC 1123 as RSS has it ("Wed, 09 Oct 2019 14:03:00 GMT"); null
     * for anything else, or a day that is no calendar day.
     */
    static LocalDate day(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        try {
            Matcher m = ISO_DAY.matcher(t);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = COMPACT_DAY.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
