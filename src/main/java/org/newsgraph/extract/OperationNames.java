package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.config.Tsv;

/**
 * Finds the name of a military operation in a sentence ("Operation Peace Spring", "the so-called 'Olive Branch'
 * operation", "an incursion dubbed Spring Shield"), from the patterns of {@code lexicon/operation-names.tsv}. Reports
 * naming one operation are reports of it whichever outlet wrote them; fusion uses the name as strong evidence.
 *
 * <pre>{@code OperationNames.find("Turkey launched Operation Peace Spring on Oct. 9") // "Operation Peace Spring"}</pre>
 */
public final class OperationNames {
    private static final List<Pattern> PATTERNS = Tsv.read("newsgraph/lexicon/operation-names.tsv").stream()
            .map(r -> Pattern.compile(r.require("pattern"))).toList();
    private static final Set<String> STOPS = Set.copyOf(Tsv.lines("newsgraph/lexicon/operation-name-stops.txt"));
    /** Words that end a name in title-case text ("Operation Peace Spring In Northern Syria"). */
    private static final Set<String> ENDS = Set.of("in", "on", "at", "against", "into", "to", "for", "as", "and",
            "with", "from", "by", "after", "before", "near", "across", "along", "over", "since", "amid", "launched",
            "begins", "began", "starts", "started", "ends", "ended", "continues", "kills", "killed");

    private OperationNames() {
    }

    /** The operation the sentence names, as "Operation " + its words, or empty. */
    public static Optional<String> find(String sentence) {
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                Optional<String> name = clean(m.group("name"));
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> clean(String raw) {
        StringBuilder out = new StringBuilder();
        for (String w : raw.trim().split("\\s+")) {
            if (ENDS.contains(w.toLowerCase(Locale.ROOT)) || out.isEmpty() && STOPS.contains(w)) {
                break;
            }
            if (w.equals("Operation") || w.equals("Operations")) {
                continue;
            }
            out.append(out.isEmpty() ? "" : " ").append(w);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of("Operation " + out);
    }
}
