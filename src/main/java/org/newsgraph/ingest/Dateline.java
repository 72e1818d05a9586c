package org.newsgraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.config.OutletTable;

/**
 * Reads a dateline at the start of a body ("TEHRAN, Young Journalists Club (YJC) -", "Paris, August 20 (RHC)--"):
 * the place, and any outlet it credits. The text itself is left as it is, so the place stays a mention.
 */
final class Dateline {
    private static final Pattern DATELINE = Pattern.compile(
            "^([A-Z][A-Za-z'’. -]{1,30}?),\\s+([^,()\\n]{0,60}?)\\s*(?:\\(([^)]{2,40})\\))?\\s*(?:--|—|–|-)\\s*(?=\\S)");
    /** "BEIRUT (AP) —", "MOSCOW/ANKARA (Reuters) -": capitals and a credit in brackets, no comma. */
    private static final Pattern CREDITED = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}'’. /-]{1,40}?)\\s*()\\(([^)]{2,40})\\)\\s*(?:--|—|–|-)\\s*(?=\\S)");
    /** "Beirut (Reuters) -": a place in mixed case counts only when the brackets name a known outlet. */
    private static final Pattern CREDITED_MIXED = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’. /-]{1,40}?)\\s*()\\(([^)]{2,40})\\)\\s*(?:--|—|–|-)\\s*(?=\\S)");
    /** TASS writes "MOSCOW, March 5. /TASS/." */
    private static final Pattern SLASHED = Pattern.compile(
            "^([A-Z][A-Za-z'’. -]{1,30}?),\\s+([A-Z][a-z]+\\.?\\s+\\d{1,2})\\.?\\s*/([^/\\n]{2,30})/\\.?\\s");

    private Dateline() {
    }

    static void read(String firstParagraph, ParsedParts parts, OutletTable outlets) {
        Matcher m = SLASHED.matcher(firstParagraph);
        if (!m.find()) {
            m = DATELINE.matcher(firstParagraph);
            if (!m.find()) {
                m = CREDITED.matcher(firstParagraph);
                if (!m.find()) {
                    m = CREDITED_MIXED.matcher(firstParagraph);
                    if (!m.find() || outlets.forName(m.group(3)) == null) {
                        return;
                    }
                }
            }
        }
        parts.datelinePlace = m.group(1).strip();
        if (m.group(2) != null && !m.group(2).isEmpty()) {
            parts.datelineDay = MetadataRules.parseMonthDay(m.group(2));
        }
        // the outlet a dateline credits is the one that filed the story: it outranks bylines and "Source:" lines,
        // and when another site republishes the story (its domain names the publisher) the credited wire is a source
        for (String name : new String[] {m.group(2), m.group(3)}) {
            var outlet = name == null ? null : outlets.forName(name);
            if (outlet != null) {
                if (parts.footerOutlet == null) {
                    parts.footerOutlet = outlet.key();
                }
                parts.creditedOutlets.add(outlet.key());
            }
        }
    }
}
