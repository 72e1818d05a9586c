package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A stage of the ingest pipeline, with what it needs and what it gives, so that a chain of stages is checked when it
 * is built rather than on its first article (CoreNLP's {@code Annotator.requires()}, spaCy's {@code analyze_pipes}).
 *
 * @param name     the stage, as the style guide names it (ingest, extract, resolve, rdf, store)
 * @param does     what it does, in a few words
 * @param requires what must be there before it runs
 * @param provides what is there after it
 */
public record Stage(String name, String does, Set<Artifact> requires, Set<Artifact> provides) {
    public Stage {
        Objects.requireNonNull(name, "name");
        requires = requires.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requires));
        provides = provides.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(provides));
    }

    /** What passes between stages for one article. */
    public enum Artifact {
        /** a file, standard input or a dump record */
        SOURCE,
        /** clean text and metadata */
        ARTICLE,
        /** actors, statements, incidents, meetings, agreement mentions with their spans */
        EXTRACTION,
        /** the extraction's actors and places as the nodes they are across articles */
        IDENTIFIED_ENTITIES,
        /** a publication date, read or worked out from other articles */
        ARTICLE_DATE,
        /** the article's RDF graph and the descriptions of what it refers to */
        ARTICLE_GRAPH,
        /** the article's graph in the store, entities updated */
        STORED_ARTICLE,
        /** the events and utterances its reports belong to, re-fused */
        FUSED
    }

    /**
     * A checked chain of stages.
     *
     * @param stages the stages in the order they run
     */
    public record Chain(List<Stage> stages) {
        /**
         * Builds the chain, checking that every stage's requirements are provided by the stages before it (the
         * source is given).
         *
         * @throws IllegalStateException naming the stage, what it lacks and the chain so far
         */
        public Chain {
            stages = List.copyOf(stages);
            Set<Artifact> have = EnumSet.of(Artifact.SOURCE);
            List<String> names = new ArrayList<>();
            for (Stage s : stages) {
                Set<Artifact> missing = EnumSet.noneOf(Artifact.class);
                missing.addAll(s.requires());
                missing.removeAll(have);
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("stage '" + s.name() + "' requires " + missing + ", which no stage "
                            + "before it provides (the chain so far: " + (names.isEmpty() ? "nothing"
                            : String.join(" -> ", names)) + "); put a stage that provides it first");
                }
                have.addAll(s.provides());
                names.add(s.name());
            }
        }

        /** The chain as one line: {@code ingest -> extract -> ...}. */
        public String describe() {
            return String.join(" -> ", stages.stream().map(Stage::name).toList());
        }
    }
}
