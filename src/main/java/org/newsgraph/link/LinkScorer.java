package org.newsgraph.link;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.EntityType;

/**
 * Scores how well a Wikidata candidate fits an actor, from 0 to 1: a weighted sum of the name match (0.45), the
 * type fit (0.30; no sign of the type at all costs 0.10), a conflict-domain word in the description (0.15) and the
 * search rank (0.10). A candidate of an impossible type (a human for a non-person, a non-human for a person, a
 * disambiguation page) scores 0.
 *
 * <pre>{@code
 * LinkScorer.Scored s = new LinkScorer(TypeHints.load()).score(actor, candidate, 5);
 * s.score();  // 0.97
 * s.basis();  // "exact label 'Dmitry Peskov'; instance of Q5; domain word 'Russian'; search rank 1"
 * }</pre>
 */
public final class LinkScorer {
    static final double NAME = 0.45;
    static final double TYPE = 0.30;
    static final double DOMAIN = 0.15;
    static final double RANK = 0.10;
    static final double NO_TYPE_PENALTY = 0.10;

    /** A candidate with its score and the reasons for it. */
    public record Scored(Candidate candidate, double score, double name, String basis) {
    }

    private final TypeHints hints;

    public LinkScorer(TypeHints hints) {
        this.hints = hints;
    }

    /**
     * Scores one candidate.
     *
     * @param limit how many candidates the search asked for (rank 0 of 5 earns the full rank weight)
     */
    public Scored score(ActorToLink actor, Candidate c, int limit) {
        StringBuilder why = new StringBuilder();
        double name = nameScore(actor, c, why);
        String veto = veto(actor.type(), c);
        if (veto != null) {
            return new Scored(c, 0.0, name, why + "; rejected: " + veto);
        }
        double type = typeScore(actor.type(), c, why);
        String dw = hints.domainWord(c.description());
        why.append(dw == null ? "; no domain word" : "; domain word '" + dw + "'");
        double rank = Math.max(0.0, 1.0 - (double) c.rank() / Math.max(1, limit));
        why.append("; search rank ").append(c.rank() + 1);
        double s = NAME * name + TYPE * type + DOMAIN * (dw == null ? 0 : 1) + RANK * rank;
        return new Scored(c, Math.round(Math.max(0.0, Math.min(1.0, s)) * 100) / 100.0, name, why.toString());
    }

    /** 1 for the same name, less for an alias or another surface form, word overlap otherwise. */
    static double nameScore(ActorToLink actor, Candidate c, StringBuilder why) {
        String label = norm(actor.label());
        String cLabel = norm(c.label());
        if (!label.isEmpty() && label.equals(cLabel)) {
            // Wikidata writes classes in lower case ("kremlin", a kind of fortress); a name is capitalised.
            if (c.label().equals(c.label().toLowerCase(Locale.ROOT)) && !actor.label().equals(c.label())) {
                why.append("'").append(c.label()).append("' is a common noun (lower-case label)");
                return 0.5;
            }
            why.append("exact label '").append(c.label()).append("'");
            return 1.0;
        }
        boolean aliasHit = norm(c.matchText()).equals(label) || c.aliases().stream().anyMatch(a -> norm(a).equals(label));
        if (aliasHit) {
            why.append("'").append(actor.label()).append("' is an alias of '").append(c.label()).append("'");
            return 0.85;
        }
        for (String alt : actor.altLabels()) {
            String a = norm(alt);
            if (!a.isEmpty() && (a.equals(cLabel) || a.equals(norm(c.matchText())))) {
                why.append("surface form '").append(alt).append("' matches '").append(c.label()).append("'");
                return 0.75;
            }
        }
        double overlap = jaccard(label, cLabel);
        why.append(String.format(Locale.ROOT, "word overlap %.2f with '%s'", overlap, c.label()));
        return 0.6 * overlap;
    }

    private String veto(EntityType type, Candidate c) {
        Set<String> cls = c.instanceOf();
        String d = c.description().toLowerCase(Locale.ROOT);
        if (d.contains("disambiguation page") || cls != null && cls.contains(TypeHints.DISAMBIGUATION)) {
            return "a disambiguation page";
        }
        if (cls != null && cls.contains(TypeHints.HUMAN) && type != EntityType.PERSON) {
            return "a human (Q5), but the actor is a " + type.localName();
        }
        if (cls != null && !cls.isEmpty() && !cls.contains(TypeHints.HUMAN) && type == EntityType.PERSON) {
            return "not a human (instance of " + String.join(", ", cls) + ")";
        }
        return null;
    }

    private double typeScore(EntityType type, Candidate c, StringBuilder why) {
        Set<String> cls = c.instanceOf();
        if (cls != null) {
            for (String k : cls) {
                if (hints.hint(type).classes().contains(k)) {
                    why.append("; instance of ").append(k);
                    return 1.0;
                }
            }
        }
        String w = hints.typeWord(type, c.description());
        if (w != null) {
            why.append("; description word '").append(w).append("' fits ").append(type.localName());
            return 0.6;
        }
        // No evidence of the type counts against: a name and a country alone fit bands and ships too.
        why.append("; no sign of a ").append(type.localName());
        return -NO_TYPE_PENALTY / TYPE;
    }

    /** Case, accents, punctuation and a leading "the" do not matter. */
    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    private static double jaccard(String a, String b) {
        Set<String> x = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> y = new HashSet<>(Arrays.asList(b.split(" ")));
        x.remove("");
        y.remove("");
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> any = new HashSet<>(x);
        any.addAll(y);
        return (double) both.size() / any.size();
    }
}
