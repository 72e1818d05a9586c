package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Span;

/**
 * How a statement or an incident relates to an agreement its sentence names: it alleges a violation ("accused
 * Damascus of violating the Sochi deal", "in breach of the ceasefire"), it implements it ("joint patrols under the
 * Moscow protocol"), or it only invokes it. The cues are data ({@code lexicon/agreement-relations.tsv}); the mechanism
 * reads the words next to the agreement's name, the nearest cue winning, a negated violation ("did not violate")
 * invoking.
 *
 * <pre>{@code AgreementRelations.Found f = AgreementRelations.load().classify(text, sentence, mention);}</pre>
 */
public final class AgreementRelations {
    private static final String RESOURCE = "newsgraph/lexicon/agreement-relations.tsv";
    private static final int BEFORE_WORDS = 8;
    private static final int AFTER_WORDS = 5;
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "didn't", "denied", "deny",
            "denies", "denying", "without");
    private static volatile AgreementRelations shared;

    /** What a statement or incident does with an agreement. */
    public enum Relation {
        INVOKES("Invokes"), VIOLATION_ALLEGED("AllegedViolation"), IMPLEMENTS("Implements");

        private final String term;

        Relation(String term) {
            this.term = term;
        }

        /** The local name of its concept in the ontology ({@code ng:AllegedViolation}, ...). */
        public String term() {
            return term;
        }
    }

    /** The relation found and the words that told it (null for a plain invocation). */
    public record Found(Relation relation, String cue) {
    }

    private record Cue(String[] words, Relation relation, boolean before) {
    }

    private final List<Cue> cues;

    private AgreementRelations(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    /** The cues of the lexicon on the class path, read once. */
    public static AgreementRelations load() {
        AgreementRelations r = shared;
        if (r == null) {
            r = new AgreementRelations(read());
            shared = r;
        }
        return r;
    }

    private static List<Cue> read() {
        List<Cue> out = new ArrayList<>();
        InputStream in = AgreementRelations.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the build lacks " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw new IllegalStateException(RESOURCE + ": a row needs cue, relation and side: '" + line + "'");
                }
                Relation rel = switch (f[1].strip()) {
                    case "violates" -> Relation.VIOLATION_ALLEGED;
                    case "implements" -> Relation.IMPLEMENTS;
                    case "invokes" -> Relation.INVOKES;
                    default -> throw new IllegalStateException(RESOURCE + ": unknown relation '" + f[1] + "'");
                };
                out.add(new Cue(f[0].strip().toLowerCase(Locale.ROOT).split("\\s+"), rel,
                        !f[2].strip().equals("after")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The relation of a sentence to the agreement it names.
     *
     * @param text     the article's text
     * @param sentence the sentence (the statement's or incident's evidence)
     * @param mention  where the sentence names the agreement
     */
    public Found classify(String text, Span sentence, Span mention) {
        String[] before = words(text.substring(Math.max(sentence.begin(), Math.max(0, mention.begin() - 240)),
                Math.max(sentence.begin(), mention.begin())));
        String[] after = words(text.substring(Math.min(mention.end(), sentence.end()),
                Math.min(sentence.end(), Math.min(text.length(), mention.end() + 120))));
        before = Arrays.copyOfRange(before, Math.max(0, before.length - BEFORE_WORDS), before.length);
        after = Arrays.copyOfRange(after, 0, Math.min(after.length, AFTER_WORDS));
        Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cue c : cues) {
            String[] window = c.before() ? before : after;
            for (int i = 0; i + c.words().length <= window.length; i++) {
                if (!Arrays.equals(c.words(), Arrays.copyOfRange(window, i, i + c.words().length))) {
                    continue;
                }
                int distance = c.before() ? window.length - (i + c.words().length) : i;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    boolean negated = c.relation() == Relation.VIOLATION_ALLEGED && c.before()
                            && negated(window, i);
                    best = new Found(negated ? Relation.INVOKES : c.relation(), (negated ? "negated: " : "")
                            + String.join(" ", c.words()));
                }
            }
        }
        return best != null ? best : new Found(Relation.INVOKES, null);
    }

    private static boolean negated(String[] window, int cueStart) {
        for (int k = Math.max(0, cueStart - 3); k < cueStart; k++) {
            if (NEGATIONS.contains(window[k])) {
                return true;
            }
        }
        return false;
    }

    private static String[] words(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
        return t.isEmpty() ? new String[0] : t.split(" ");
    }
}
