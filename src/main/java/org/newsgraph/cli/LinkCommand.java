package org.newsgraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.link.ActorToLink;
import org.newsgraph.link.Linker;
import org.newsgraph.link.LookupException;
import org.newsgraph.link.Proposal;
import org.newsgraph.link.WikidataClient;
import org.newsgraph.rdf.Ids;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.LinkProposals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsgraph link --wikidata [--store DIR] [--endpoint URL] [--min-score X] [--limit N]}: proposes Wikidata
 * items for the actors that have no owl:sameAs, into the graph of proposed links. Nothing is written unless every
 * lookup got an answer.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Proposes Wikidata links for actors without one (owl:sameAs): searches their names with the "
                + "Wikidata API, scores the candidates (name, type, conflict domain, rank) and writes those at or above "
                + "--min-score as ng:ProposedLink nodes into the graph " + Ids.PROPOSED_LINKS_GRAPH + " for review. "
                + "Never writes owl:sameAs. Needs network access to the endpoint; when it cannot be reached the store "
                + "is left untouched and the exit code is 3.")
public final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--wikidata", description = "look candidates up in Wikidata (the only source so far; required)")
    boolean wikidata;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "https://www.wikidata.org/w/api.php",
            description = "the MediaWiki api.php of a Wikibase (default: ${DEFAULT-VALUE})")
    URI endpoint;

    @Option(names = "--min-score", paramLabel = "X", defaultValue = "0.7",
            description = "propose only candidates scoring at least X, 0 to 1 (default: ${DEFAULT-VALUE})")
    double minScore;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "look up at most N actors in this run (default: all)")
    int limit;

    @Option(names = "--candidates", paramLabel = "K", defaultValue = "5",
            description = "candidates asked for per name search, 1 to 50 (default: ${DEFAULT-VALUE})")
    int candidates;

    @Option(names = "--refresh", description = "look up again actors that already have proposals, replacing them")
    boolean refresh;

    @Option(names = "--no-type-check", negatable = false,
            description = "do not ask wbgetentities for the candidates' instance-of (P31) classes")
    boolean noTypeCheck;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "connect and request timeout (default: ${DEFAULT-VALUE})")
    int timeout;

    @Option(names = "--dry-run", description = "print the proposals, write nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!wikidata) {
            err.println("error: say where to look candidates up: --wikidata (the only source so far)");
            return 2;
        }
        if (!Files.isDirectory(store.store)) {
            err.println("error: no store at " + store.store + "; ingest articles first (newsgraph ingest PATH --store "
                    + store.store + ")");
            return 2;
        }
        Linker linker;
        try {
            WikidataClient client = WikidataClient.builder().endpoint(endpoint).limit(candidates)
                    .timeout(Duration.ofSeconds(Math.max(1, timeout))).build();
            linker = Linker.builder().client(client).minScore(minScore).typeCheck(!noTypeCheck).build();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        try (GraphStore gs = GraphStore.open(store.store)) {
            LinkProposals lp = new LinkProposals(gs);
            List<ActorToLink> actors = lp.actorsToLink(refresh);
            if (limit > 0 && actors.size() > limit) {
                actors = actors.subList(0, limit);
            }
            out.printf("looking up %d actor(s) without a Wikidata link at %s%n", actors.size(), endpoint);
            out.flush();
            List<Proposal> proposals = new ArrayList<>();
            List<String> lookedUp = new ArrayList<>();
            for (ActorToLink a : actors) {
                Linker.Outcome o;
                try {
                    o = linker.link(a);
                } catch (LookupException e) {
                    // All or nothing: a run cut short would look like "no candidate" for the rest.
                    err.println("error: " + e.getMessage());
                    err.println("nothing was written to the store " + store.store + " (" + lookedUp.size() + " of "
                            + actors.size() + " actors had been looked up)");
                    err.flush();
                    return 3;
                }
                lookedUp.add(a.iri());
                proposals.addAll(o.proposals());
                report(out, o);
            }
            int written = dryRun ? 0 : lp.write(proposals, lookedUp, Instant.now());
            out.printf("%d actor(s) looked up, %d proposal(s) at or above %.2f; %s%n", lookedUp.size(),
                    proposals.size(), minScore, dryRun ? "dry run, nothing written"
                            : written + " written to <" + Ids.PROPOSED_LINKS_GRAPH + "> (" + lp.count()
                            + " in the store); none is an owl:sameAs: review them, then add accepted QIDs to the gazetteer");
            out.flush();
            return 0;
        }
    }

    private static void report(PrintWriter out, Linker.Outcome o) {
        String who = o.actor().label() + " (" + o.actor().type().localName() + ")";
        if (o.proposals().isEmpty()) {
            out.printf(Locale.ROOT, "  %-45s no proposal%s%n", who, o.best() == null ? " (no candidate found)"
                    : String.format(Locale.ROOT, " (best %s '%s' scored %.2f: %s)", o.best().candidate().qid(),
                    o.best().candidate().label(), o.best().score(), o.best().basis()));
            return;
        }
        for (Proposal p : o.proposals()) {
            out.printf(Locale.ROOT, "  %-45s -> %-10s %.2f  %s — %s%n", who, p.qid(), p.score(), p.label(),
                    p.description().isEmpty() ? "(no description)" : p.description());
        }
    }
}
