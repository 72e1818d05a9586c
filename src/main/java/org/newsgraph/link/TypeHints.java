package org.newsgraph.link;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.config.Tsv;
import org.newsgraph.model.EntityType;

/**
 * What a good candidate for each actor class looks like, read from {@code newsgraph/link/types.tsv} (Wikidata
 * P31 classes and description words) and {@code newsgraph/link/domain-words.txt} (words of the conflict domain).
 * Analysts extend the files; the scorer holds only the weights.
 */
public final class TypeHints {
    /** Wikidata's class "human". */
    public static final String HUMAN = "Q5";
    /** Wikidata's class "Wikimedia disambiguation page". */
    public static final String DISAMBIGUATION = "Q4167410";

    /** The hints for one actor class. */
    public record Hint(Set<String> classes, List<String> keywords) {
        public Hint {
            classes = Set.copyOf(classes);
            keywords = List.copyOf(keywords);
        }
    }

    private final Map<EntityType, Hint> hints;
    private final List<Pattern> domain;
    private final List<String> domainWords;

    TypeHints(Map<EntityType, Hint> hints, List<String> domainWords) {
        this.hints = Map.copyOf(hints);
        this.domainWords = List.copyOf(domainWords);
        this.domain = domainWords.stream().map(TypeHints::wordPattern).toList();
    }

    /** The hints on the classpath. */
    public static TypeHints load() {
        Map<EntityType, Hint> m = new EnumMap<>(EntityType.class);
        for (Tsv.Row row : Tsv.read("newsgraph/link/types.tsv")) {
            try {
                m.put(EntityType.parse(row.require("type")), new Hint(Set.copyOf(row.list("instance_of")),
                        row.list("keywords").stream().map(k -> k.toLowerCase(Locale.ROOT)).toList()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(row.file() + ":" + row.line() + ": " + e.getMessage(), e);
            }
        }
        return new TypeHints(m, Tsv.lines("newsgraph/link/domain-words.txt"));
    }

    /** The hints for a class (empty when the file names none). */
    public Hint hint(EntityType t) {
        return hints.getOrDefault(t, new Hint(Set.of(), List.of()));
    }

    /** The first keyword of the class found in a description, or null. */
    public String typeWord(EntityType t, String description) {
        for (String k : hint(t).keywords()) {
            if (wordPattern(k).matcher(description).find()) {
                return k;
            }
        }
        return null;
    }

    /** The first conflict-domain word found in a description, or null. */
    public String domainWord(String description) {
        for (int i = 0; i < domain.size(); i++) {
            if (domain.get(i).matcher(description).find()) {
                return domainWords.get(i);
            }
        }
        return null;
    }

    private static Pattern wordPattern(String phrase) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
