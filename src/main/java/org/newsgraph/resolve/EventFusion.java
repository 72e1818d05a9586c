package org.newsgraph.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fuses incident reports of different articles into events. Two reports are linked when they can describe the same
 * happening — the same type, date ranges that overlap (a day of slack for an inferred date), places that are the
 * same, one within the other or less than {@value #NEAR_KM} km apart, no perpetrator and no target that contradict —
 * and enough besides type and date ties them: the same place, a shared perpetrator or target, the same day read in
 * both texts, the same toll. An event is a connected group of linked reports.
 *
 * <p>The link test is a function of the two reports alone, so the events are the connected components of one
 * graph whatever order the articles come in; the store only has to find, for each new report, the stored reports
 * it may link to (by month, see {@link StoredReports#incidentsIn}), and, when an article goes, split what its
 * reports held together.
 *
 * <pre>{@code List<FusedEvent> events = EventFusion.cluster(reports);}</pre>
 */
public final class EventFusion {
    /** Below this a link is not made. Type and overlapping dates give 0.4; the rest must come from place or actors. */
    static final double THRESHOLD = 0.55;
    /** Two different places further apart than this cannot be where one event happened. */
    static final double NEAR_KM = 50;
    /** Word 4-grams two sentences share, as a part of the smaller, above which one text republishes the other. */
    private static final double REPUBLISHED = 0.6;

    private EventFusion() {
    }

    /** A link between two reports of the same event, with how sure it is and why. */
    public record Link(String a, String b, double confidence, String evidence) {
    }

    /** The link between two reports, or empty when they cannot be, or are not shown to be, the same event. */
    public static Optional<Link> compare(IncidentReport a, IncidentReport b) {
        if (a.articleId().equals(b.articleId()) || !a.type().equals(b.type()) || !a.fusable() || !b.fusable()) {
            return Optional.empty();
        }
        int slack = a.inferred() || b.inferred() ? 1 : 0;
        if (a.earliest().minusDays(slack).isAfter(b.latest()) || b.earliest().minusDays(slack).isAfter(a.latest())) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>();
        why.add("both " + a.type());
        why.add("dates overlap (" + range(a) + " and " + range(b) + (slack > 0 ? ", a day of slack for an inferred date"
                : "") + ")");
        double score = 0.4;
        if (a.place() != null && b.place() != null) {
            if (a.place().equals(b.place())) {
                score += 0.2;
                why.add("same place");
            } else if (a.placeLineage().contains(b.place()) || b.placeLineage().contains(a.place())) {
                score += 0.1;
                why.add("one place lies within the other");
            } else {
                // two different places: near enough for one to be named for the other (a village and its district)
                // or, when the gazetteer has no coordinates for one, not known to be apart
                double km = a.kilometresTo(b);
                if (km > NEAR_KM) {
                    return Optional.empty();
                }
                if (km >= 0) {
                    score += 0.05;
                    why.add(String.format(java.util.Locale.ROOT, "places %.0f km apart", km));
                }
            }
        }
        // actors are compared with the sides they belong to: "Turkey" and "the Turkish army" are one perpetrator
        if (!a.perpetrators().isEmpty() && !b.perpetrators().isEmpty()) {
            if (disjoint(a.side(a.perpetrators()), b.side(b.perpetrators()))) {
                return Optional.empty();
            }
            score += 0.15;
            why.add(disjoint(a.perpetrators(), b.perpetrators()) ? "perpetrators on one side" : "a shared perpetrator");
        }
        if (!a.targets().isEmpty() && !b.targets().isEmpty()) {
            if (disjoint(a.side(a.targets()), b.side(b.targets()))) {
                return Optional.empty();
            }
            score += 0.15;
            why.add(disjoint(a.targets(), b.targets()) ? "targets on one side" : "a shared target");
        }
        if (a.earliest().equals(a.latest()) && a.earliest().equals(b.earliest()) && b.earliest().equals(b.latest())
                && !a.inferred() && !b.inferred()) {
            score += 0.1;
            why.add("the same day, read in both texts");
        }
        if (a.killed() != null && b.killed() != null) {
            int low = Math.min(a.killed(), b.killed());
            int high = Math.max(a.killed(), b.killed());
            if (high > 2 * low + 5) {
                return Optional.empty(); // 54 against 5 are two events (or a total and one of its parts), not a dispute
            }
            score += low == high ? 0.05 : 0;
            why.add(low == high ? "the same death toll" : "death tolls close (" + low + " and " + high + ")");
        }
        if (score < THRESHOLD - 1e-9) {
            return Optional.empty();
        }
        String first = a.id().compareTo(b.id()) <= 0 ? a.id() : b.id();
        String second = first.equals(a.id()) ? b.id() : a.id();
        return Optional.of(new Link(first, second, Math.min(0.95, Math.round(score * 100) / 100.0),
                String.join("; ", why)));
    }

    /**
     * The events the reports make: the connected components of their links, each fused. Every report is in exactly
     * one event (a report linked to none is an event of one report). Deterministic: the same reports in any order
     * give the same events, ordered by their key.
     */
    public static List<FusedEvent> cluster(Collection<IncidentReport> input) {
        Map<String, IncidentReport> byId = new TreeMap<>();
        input.forEach(r -> byId.putIfAbsent(r.id(), r));
        List<IncidentReport> reports = new ArrayList<>(byId.values());
        Components components = new Components(byId.keySet());
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Optional<Link> l = compare(reports.get(i), reports.get(j));
                if (l.isPresent()) {
                    links.add(l.get());
                    components.union(l.get().a(), l.get().b());
                }
            }
        }
        Map<String, List<IncidentReport>> groups = new TreeMap<>();
        components.groups(new ArrayList<>(byId.keySet()))
                .forEach((root, ids) -> groups.put(root, ids.stream().map(byId::get).toList()));
        Map<String, List<Link>> byRoot = new HashMap<>();
        links.forEach(l -> byRoot.computeIfAbsent(components.find(l.a()), k -> new ArrayList<>()).add(l));
        List<FusedEvent> events = new ArrayList<>();
        groups.forEach((root, members) -> events.add(fuse(new ArrayList<>(members), Components.spanningTree(root,
                byRoot.getOrDefault(root, List.of()), Link::a, Link::b))));
        events.sort(Comparator.comparing(FusedEvent::key));
        return events;
    }

    private static FusedEvent fuse(List<IncidentReport> members, List<Link> links) {
        members.sort(Comparator.comparing(IncidentReport::id));
        String key = members.get(0).id();
        // the narrowest consistent date: the days every report allows; if single links chain reports with no common
        // day, the most precise report's range
        LocalDate from = null;
        LocalDate to = null;
        for (IncidentReport r : members) {
            if (r.fusable()) {
                from = from == null || r.earliest().isAfter(from) ? r.earliest() : from;
                to = to == null || r.latest().isBefore(to) ? r.latest() : to;
            }
        }
        if (from == null || to == null || from.isAfter(to)) {
            IncidentReport best = members.stream().filter(r -> r.earliest() != null && r.latest() != null)
                    .min(Comparator.comparing((IncidentReport r) -> ChronoUnit.DAYS.between(r.earliest(), r.latest()))
                            .thenComparing(IncidentReport::id)).orElse(null);
            from = best == null ? null : best.earliest();
            to = best == null ? null : best.latest();
        }
        // the narrowest place: the one with the longest chain of containers
        String place = members.stream().filter(r -> r.place() != null)
                .max(Comparator.comparing((IncidentReport r) -> r.placeLineage().size())
                        .thenComparing(IncidentReport::place, Comparator.reverseOrder()))
                .map(IncidentReport::place).orElse(null);
        Set<String> perpetrators = new TreeSet<>();
        Set<String> targets = new TreeSet<>();
        Set<String> outlets = new TreeSet<>();
        List<FusedEvent.Figure> figures = new ArrayList<>();
        for (IncidentReport r : members) {
            perpetrators.addAll(r.perpetrators());
            targets.addAll(r.targets());
            if (r.sources().isEmpty()) {
                outlets.add("article:" + r.articleId());
            }
            outlets.addAll(r.sources());
            if (r.killed() != null) {
                figures.add(new FusedEvent.Figure("killed", r.killed(), r.id(), r.outlet(), r.attributedTo()));
            }
            if (r.displaced() != null) {
                figures.add(new FusedEvent.Figure("displaced", r.displaced(), r.id(), r.outlet(), r.attributedTo()));
            }
        }
        return new FusedEvent(key, members, links, members.get(0).type(), from, to, place, perpetrators, targets,
                outlets.size(), independentSources(members), figures);
    }

    /**
     * How many independent sources the reports rest on: reports of one outlet, reports crediting the same wire
     * agency, and reports whose sentence republishes another's count once.
     */
    static int independentSources(List<IncidentReport> members) {
        Components sources = new Components(members.stream().map(IncidentReport::id).toList());
        List<Set<String>> words = members.stream().map(r -> NewsCycleDating.shingles(r.evidence())).toList();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                IncidentReport a = members.get(i);
                IncidentReport b = members.get(j);
                // one outlet twice, or one wire's copy run by two outlets
                boolean sameSource = !disjoint(a.sources(), b.sources());
                if (sameSource || republished(words.get(i), words.get(j))) {
                    sources.union(a.id(), b.id());
                }
            }
        }
        return sources.count(members.stream().map(IncidentReport::id).toList());
    }

    /** Whether one text republishes the other: most of the shorter one's word 4-grams are in the longer. */
    static boolean republished(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        long shared = small.stream().filter(large::contains).count();
        return shared >= REPUBLISHED * small.size();
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }

    private static String range(IncidentReport r) {
        return r.earliest().equals(r.latest()) ? r.earliest().toString() : r.earliest() + ".." + r.latest();
    }
}
