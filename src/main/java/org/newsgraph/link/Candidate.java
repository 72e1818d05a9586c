package org.newsgraph.link;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One Wikidata item a name search returned.
 *
 * @param qid         the item id, e.g. {@code Q7747}
 * @param label       its label in the search language (may be empty)
 * @param description its description in the search language (may be empty)
 * @param matchType   what the search matched: {@code label}, {@code alias}, {@code description}, ... (may be empty)
 * @param matchText   the matched text
 * @param aliases     the matched aliases the API listed (may be empty)
 * @param rank        0-based position in the search result
 * @param instanceOf  its P31 (instance of) classes, or null when they were not looked up
 */
public record Candidate(String qid, String label, String description, String matchType, String matchText,
                        List<String> aliases, int rank, Set<String> instanceOf) {
    public Candidate {
        Objects.requireNonNull(qid, "qid");
        if (!qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("'" + qid + "' is not a Wikidata item id");
        }
        label = label == null ? "" : label;
        description = description == null ? "" : description;
        matchType = matchType == null ? "" : matchType;
        matchText = matchText == null ? "" : matchText;
        aliases = List.copyOf(aliases);
        instanceOf = instanceOf == null ? null : Set.copyOf(instanceOf);
    }

    /** The same candidate with its P31 classes. */
    public Candidate withInstanceOf(Set<String> classes) {
        return new Candidate(qid, label, description, matchType, matchText, aliases, rank, classes);
    }
}
