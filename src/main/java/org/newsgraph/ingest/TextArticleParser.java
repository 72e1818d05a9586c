package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.config.OutletTable;
import org.newsgraph.model.Article;

/**
 * Reads plain-text and Markdown articles written like the seeds: headings, emphasis, links, rules, a date line,
 * a byline, captions with photo credits, teasers, an "Original url:" footer.
 * Boilerplate never reaches the body text, so nothing is extracted from it.
 */
final class TextArticleParser {
    private static final Pattern RULE = Pattern.compile("^([-*_])\\1{2,}$");
    private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+(.{2,60})$");
    private static final Pattern SOURCE = Pattern.compile("(?i)^(?:source|sources|via)\\s*:\\s*(.{2,60})$");
    private static final Pattern ORIGINAL_URL = Pattern.compile("(?i)^original\\s+(?:url|link|article)\\s*:\\s*(.*)$");
    private static final Pattern TEASER = Pattern.compile(
            "(?i)^\\[?\\s*(also on\\s+\\S+|related article|related|read more|see also|recommended|more on this)\\b.*");
    private static final Pattern ALSO_ON_DOMAIN = Pattern.compile("(?i)also on\\s+([a-z0-9.-]+\\.[a-z]{2,})");
    private static final Pattern BOLD_ONLY = Pattern.compile("^\\*{1,2}([^*]+)\\*{1,2}$");

    private final OutletTable outlets;

    TextArticleParser(OutletTable outlets) {
        this.outlets = outlets;
    }

    Article parse(String id, String fileName, String raw, String hash) {
        ParsedParts parts = new ParsedParts();
        List<String> lines = raw.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::strip).toList();
        boolean expectUrl = false;
        List<String> body = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty() || RULE.matcher(line).matches()) {
                continue;
            }
            if (expectUrl) {
                expectUrl = false;
                String url = MetadataRules.repairUrl(line);
                if (url != null) {
                    setUrl(parts, url);
                    continue;
                }
            }
            if (metadata(line, parts, body.isEmpty())) {
                if (ORIGINAL_URL.matcher(line).matches() && parts.sourceUrl == null) {
                    expectUrl = true;
                }
                continue;
            }
            body.add(line);
        }
        for (String p : joinBrokenParagraphs(body)) {
            String clean = MetadataRules.stripInlineMarkup(p);
            if (!clean.isEmpty()) {
                parts.paragraphs.add(clean);
            }
        }
        if (!parts.paragraphs.isEmpty()) {
            Dateline.read(parts.paragraphs.get(0), parts, outlets);
        }
        return parts.toArticle(id, fileName, hash);
    }

    /** Consumes a line that is metadata or boilerplate; returns false for body text. */
    private boolean metadata(String line, ParsedParts parts, boolean beforeBody) {
        Matcher m;
        if (line.startsWith("#")) {
            String h = MetadataRules.stripInlineMarkup(line.replaceFirst("^#+\\s*", ""));
            if (parts.title == null && beforeBody) {
                parts.title = h;
                return true;
            }
            return false;
        }
        if ((m = ORIGINAL_URL.matcher(line)).matches()) {
            String url = MetadataRules.repairUrl(m.group(1));
            if (url != null) {
                setUrl(parts, url);
            }
            return true;
        }
        String url = MetadataRules.repairUrl(line);
        if (url != null) {
            if (parts.sourceUrl == null) {
                setUrl(parts, url);
            }
            return true;
        }
        if ((m = TEASER.matcher(line)).matches()) {
            Matcher d = ALSO_ON_DOMAIN.matcher(line);
            if (d.find()) {
                parts.domain(outlets, "https://" + d.group(1).toLowerCase(Locale.ROOT) + "/");
            }
            return true;
        }
        if (MetadataRules.isPhotoCredit(line) || MetadataRules.endsWithPhotoCredit(line)) {
            return true;
        }
        String plain = MetadataRules.stripInlineMarkup(line);
        if ((beforeBody && (m = BYLINE.matcher(plain)).matches()) || (m = SOURCE.matcher(plain)).matches()) {
            parts.credit(outlets, m.group(1));
            return true;
        }
        if ((m = BOLD_ONLY.matcher(line)).matches() && outlets.forName(m.group(1)) != null) {
            parts.footerOutlet = outlets.forName(m.group(1)).key();
            return true;
        }
        LocalDate d = plain.length() <= 40 ? MetadataRules.parseDate(plain) : null;
        if (d != null) {
            if (parts.published == null) {
                parts.published = d;
            }
            return true;
        }
        if (beforeBody && parts.title == null && plain.length() <= 200 && !plain.matches(".*[.!]\"?$")
                && !plain.contains("\u201d") && plain.split("\\s+").length >= 3) {
            parts.title = plain;
            return true;
        }
        return false;
    }

    private void setUrl(ParsedParts parts, String url) {
        parts.sourceUrl = url;
        parts.domain(outlets, url);
    }

    /** A paragraph cut mid-sentence ("..., and" / "was not notified ...") is joined with its continuation. */
    static List<String> joinBrokenParagraphs(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            if (!out.isEmpty()) {
                String prev = out.get(out.size() - 1);
                boolean open = !prev.matches("(?s).*[.!?:\"”’')\\]*]$");
                if (open && !p.isEmpty() && Character.isLowerCase(p.charAt(0))) {
                    out.set(out.size() - 1, prev + " " + p);
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }
}
