package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds and scores Wikidata candidates for one actor: searches its label (and, when that finds nothing good
 * enough, up to two other surface forms), asks for the instance-of classes of the promising candidates, scores
 * them and keeps those at or above the minimum score.
 *
 * <pre>{@code
 * Linker linker = Linker.builder().client(WikidataClient.builder().build()).minScore(0.7).build();
 * Linker.Outcome o = linker.link(actor);   // o.proposals(), best first
 * }</pre>
 */
public final class Linker {
    /** Candidates with at least this name score have their P31 classes looked up. */
    static final double TYPE_CHECK_NAME = 0.5;
    private static final int EXTRA_NAMES = 2;
    private static final int MAX_PROPOSALS = 3;
    private static final double ALIAS_PENALTY = 0.15;

    /**
     * What the lookup of one actor gave.
     *
     * @param proposals candidates at or above the minimum score, best first (at most three)
     * @param best      the best candidate whatever its score, or null when the search found nothing
     * @param searched  the names searched
     */
    public record Outcome(ActorToLink actor, List<Proposal> proposals, LinkScorer.Scored best, List<String> searched) {
        public Outcome {
            proposals = List.copyOf(proposals);
            searched = List.copyOf(searched);
        }
    }

    private final WikidataClient client;
    private final LinkScorer scorer;
    private final double minScore;
    private final boolean typeCheck;

    private Linker(Builder b) {
        this.client = b.client;
        this.scorer = new LinkScorer(b.hints);
        this.minScore = b.minScore;
        this.typeCheck = b.typeCheck;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Looks one actor up; a {@link LookupException} means the service did not answer and nothing is known. */
    public Outcome link(ActorToLink actor) throws LookupException {
        Map<String, LinkScorer.Scored> byQid = new LinkedHashMap<>();
        List<String> searched = new ArrayList<>();
        for (String name : names(actor)) {
            searched.add(name);
            List<Candidate> found = client.search(name);
            List<Candidate> typed = typeCheck ? withTypes(actor, found) : found;
            for (Candidate c : typed) {
                LinkScorer.Scored s = scorer.score(actor, c, client.limit());
                byQid.merge(c.qid(), s, (a, b) -> a.score() >= b.score() ? a : b);
            }
            if (byQid.values().stream().anyMatch(s -> s.score() >= minScore)) {
                break;
            }
        }
        boolean exact = byQid.values().stream().anyMatch(s -> s.name() >= 1.0 && s.score() > 0);
        if (exact) {
            // An item named exactly like the actor outranks items that merely carry the name as an alias.
            byQid.replaceAll((q, s) -> s.name() >= 1.0 || s.score() == 0 ? s : new LinkScorer.Scored(s.candidate(),
                    Math.round(Math.max(0, s.score() - ALIAS_PENALTY) * 100) / 100.0, s.name(),
                    s.basis() + "; another candidate has the exact name (-" + ALIAS_PENALTY + ")"));
        }
        List<LinkScorer.Scored> ranked = byQid.values().stream()
                .sorted(Comparator.comparingDouble(LinkScorer.Scored::score).reversed()).toList();
        List<Proposal> proposals = new ArrayList<>();
        for (LinkScorer.Scored s : ranked) {
            if (s.score() >= minScore && proposals.size() < MAX_PROPOSALS) {
                Candidate c = s.candidate();
                String method = c.instanceOf() == null ? "wbsearchentities" : "wbsearchentities+wbgetentities";
                proposals.add(new Proposal(actor.iri(), c.qid(), s.score(), method, c.label(), c.description(),
                        s.basis()));
            }
        }
        return new Outcome(actor, proposals, ranked.isEmpty() ? null : ranked.get(0), searched);
    }

    /** The label first, then other surface forms that differ from it and look like names. */
    static List<String> names(ActorToLink actor) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        seen.add(LinkScorer.norm(actor.label()));
        out.add(actor.label());
        for (String alt : actor.altLabels()) {
            String n = LinkScorer.norm(alt);
            boolean nameLike = !alt.isBlank() && Character.isUpperCase(alt.strip().charAt(0)) && n.length() >= 2;
            if (nameLike && seen.add(n) && out.size() <= EXTRA_NAMES) {
                out.add(alt.strip());
            }
        }
        return out;
    }

    private List<Candidate> withTypes(ActorToLink actor, List<Candidate> found) throws LookupException {
        List<String> ask = new ArrayList<>();
        for (Candidate c : found) {
            // Only promising names are worth a (large) wbgetentities answer.
            if (LinkScorer.nameScore(actor, c, new StringBuilder()) >= TYPE_CHECK_NAME) {
                ask.add(c.qid());
            }
        }
        Map<String, Set<String>> types = client.instanceOf(ask);
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            out.add(types.containsKey(c.qid()) ? c.withInstanceOf(types.get(c.qid())) : c);
        }
        return out;
    }

    /** Configures a {@link Linker}. */
    public static final class Builder {
        private WikidataClient client;
        private TypeHints hints;
        private double minScore = 0.7;
        private boolean typeCheck = true;

        public Builder client(WikidataClient c) {
            this.client = Objects.requireNonNull(c);
            return this;
        }

        public Builder hints(TypeHints h) {
            this.hints = Objects.requireNonNull(h);
            return this;
        }

        /** Candidates below this score are not proposed (default 0.7). */
        public Builder minScore(double s) {
            this.minScore = s;
            return this;
        }

        /** Whether to ask wbgetentities for the candidates' P31 classes (default true). */
        public Builder typeCheck(boolean b) {
            this.typeCheck = b;
            return this;
        }

        public Linker build() {
            if (client == null) {
                throw new IllegalStateException("a Linker needs a WikidataClient: Linker.builder().client(...)");
            }
            if (!(minScore >= 0 && minScore <= 1)) {
                throw new IllegalArgumentException("minimum score must be between 0 and 1, not " + minScore);
            }
            if (hints == null) {
                hints = TypeHints.load();
            }
            return new Linker(this);
        }
    }
}
