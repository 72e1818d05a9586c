package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.config.OutletTable;
import org.newsgraph.model.Entity;

/**
 * Reads a dateline at the start of a body ("TEHRAN, Young Journalists Club (YJC) -", "Paris, August 20 (RHC)--"):
 * the place, and any outlet it credits. The text itself is left as it is, so the place stays a mention.
 */
final class Dateline {
    private static final Pattern DATELINE = Pattern.compile(
            "^([A-Z][A-Za-z'’. -]{1,30}?),\\s+([^,()\\n]{0,60}?)\\s*(?:\\(([^)]{2,40})\\))?\\s*"
            // the dash stands apart from the words ("SANA- The", "(RHC)--The"), not inside one ("al-Nusra")
            + "(?:(?<=[\\s)])(?:--|—|–|-)|(?:--|—|–|-)(?=\\s)|--|—|–)\\s*(?=\\S)");
    /**
     * "BEIRUT (AP) —", "MOSCOW/ANKARA (Reuters) -", "ANKARA (Agency One / Agency Two - 12th October, 2019) The ...":
     * capitals and a credit in brackets, no comma; without a dash only when the brackets name a known outlet.
     */
    private static final Pattern CREDITED = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}'’. /-]{1,40}?)\\s*()\\(([^)]{2,80})\\)\\s*(?:(?:--|—|–|-)\\s*)?(?=\\S)");
    /** "Beirut (Reuters) -": a place in mixed case counts only when the brackets name a known outlet. */
    private static final Pattern CREDITED_MIXED = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’. /-]{1,40}?)\\s*()\\(([^)]{2,80})\\)\\s*(?:--|—|–|-)\\s*(?=\\S)");
    /** TASS writes "MOSCOW, March 5. /TASS/." */
    private static final Pattern SLASHED = Pattern.compile(
            "^([A-Z][A-Za-z'’. -]{1,30}?),\\s+([A-Z][a-z]+\\.?\\s+\\d{1,2})\\.?\\s*/([^/\\n]{2,30})/\\.?\\s");
    /** "Agency One- The army said ...": a story opening with the outlet's name and a dash, no place. */
    private static final Pattern OUTLET_ONLY = Pattern.compile("^()()(\\p{Lu}[\\p{L}.&' ]{1,30}?)\\s*(?:--|—|–|-)\\s+(?=\\S)");

    private Dateline() {
    }

    /** Reads the dateline the story's first paragraph opens with; false when it opens otherwise. */
    static boolean read(String paragraph, ParsedParts parts, OutletTable outlets) {
        return read(paragraph, parts, outlets, false);
    }

    /**
     * Reads the dateline a paragraph opens with; false when it opens otherwise. A paragraph below the first (after a
     * caption) counts only when its dateline credits a known outlet ({@code credited}).
     */
    static boolean read(String paragraph, ParsedParts parts, OutletTable outlets, boolean credited) {
        Matcher m = SLASHED.matcher(paragraph);
        if (!m.find()) {
            m = DATELINE.matcher(paragraph);
            if (!m.find()) {
                m = CREDITED.matcher(paragraph);
                if (!m.find() || !dashed(m, paragraph) && MetadataRules.outletsIn(m.group(3), outlets).isEmpty()) {
                    m = CREDITED_MIXED.matcher(paragraph);
                    if (!m.find() || MetadataRules.outletsIn(m.group(3), outlets).isEmpty()) {
                        m = OUTLET_ONLY.matcher(paragraph);
                        if (!m.find() || outlets.forName(m.group(3)) == null) {
                            return false;
                        }
                    }
                }
            }
        }
        List<Entity> named = new ArrayList<>();
        for (String name : new String[] {m.group(2), m.group(3)}) {
            if (name != null) {
                named.addAll(MetadataRules.outletsIn(name, outlets));
            }
        }
        if (credited && named.isEmpty()) {
            return false;
        }
        if (!m.group(1).isEmpty()) {
            parts.datelinePlace = m.group(1).strip();
        }
        if (m.group(2) != null && !m.group(2).isEmpty()) {
            parts.datelineDay = MetadataRules.parseMonthDay(m.group(2));
        }
        if (m.group(3) != null) {
            // "(Agency One / Agency Two - 22nd August, 2019)": the date in the brackets dates the story
            parts.date(PageDates.Kind.HEADER, MetadataRules.findDate(m.group(3)));
        }
        // the outlet a dateline credits is the one that filed the story: it outranks bylines and "Source:" lines,
        // and when another site republishes the story (its domain names the publisher) the credited wire is a source
        for (var outlet : named) {
            if (parts.footerOutlet == null) {
                parts.footerOutlet = outlet.key();
            }
            parts.creditedOutlets.add(outlet.key());
        }
        return true;
    }

    private static boolean dashed(Matcher m, String paragraph) {
        String between = paragraph.substring(paragraph.indexOf(')', m.start(3)) + 1, m.end()).strip();
        return !between.isEmpty();
    }
}
