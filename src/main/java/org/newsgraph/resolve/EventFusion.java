package org.newsgraph.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fuses incident reports of different articles into events. Two reports are linked when they can describe the same
 * happening — the same type, date ranges that overlap (a day of slack for an inferred date; an undated report taken
 * as the days up to its article's date), or campaigns of the same start ("displaced since December"); places that
 * are the same, one within the other or no further apart than their sizes and {@value #NEAR_KM} km; no perpetrator,
 * target, named operation or count that contradicts — and enough besides type and date ties them: the same town
 * (a shared governorate counts little), a shared perpetrator or target, the same day read in both texts, the same
 * named operation, the same or a close count. An event is a connected group of linked reports.
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
    /**
     * Two different places further apart than their sizes ({@link Where#radiusKm()}) and this cannot be where one
     * event happened: what one outlet puts at a village another may put at the next town.
     */
    static final double NEAR_KM = 20;
    /** Word 4-grams two sentences share, as a part of the smaller, above which one text republishes the other. */
    private static final double REPUBLISHED = 0.6;

    private EventFusion() {
    }

    /** A link between two reports of the same event, with how sure it is and why. */
    public record Link(String a, String b, double confidence, String evidence) {
    }

    /** The link between two reports, or empty when they cannot be, or are not shown to be, the same event. */
    public static Optional<Link> compare(IncidentReport a, IncidentReport b) {
        return decide(a, b).link();
    }

    /** What {@link #compare} decided, and, when it made no link, why not: an analyst's "why are these apart?". */
    public record Decision(Optional<Link> link, String reason) {
        static Decision no(String reason) {
            return new Decision(Optional.empty(), reason);
        }
    }

    /** The link between two reports with its evidence, or the first reason they are not linked. */
    public static Decision decide(IncidentReport a, IncidentReport b) {
        if (a.articleId().equals(b.articleId())) {
            return Decision.no("one article");
        }
        if (!a.type().equals(b.type())) {
            return Decision.no("types differ");
        }
        List<String> why = new ArrayList<>();
        why.add("both " + a.type());
        double score;
        if (a.fusable() && b.fusable()) {
            int slack = a.inferred() || b.inferred() ? 1 : 0;
            if (a.earliest().minusDays(slack).isAfter(b.latest())
                    || b.earliest().minusDays(slack).isAfter(a.latest())) {
                return Decision.no("dates apart (" + range(a) + " and " + range(b) + ")");
            }
            boolean undated = a.dating() == IncidentReport.Dating.ARTICLE || b.dating() == IncidentReport.Dating.ARTICLE;
            why.add("dates overlap (" + range(a) + " and " + range(b) + (undated
                    ? ", an undated report taken as the days up to its article's date"
                    : slack > 0 ? ", a day of slack for an inferred date" : "") + ")");
            // an undated report's days are a guess: its link needs more besides
            score = undated ? 0.3 : 0.4;
            if (sameDayReadInBoth(a, b)) {
                score += 0.1;
                why.add("the same day, read in both texts");
            }
        } else if (a.campaign() && b.campaign()) {
            // "displaced since December" in two reports: one campaign if it started on the same day
            if (!a.earliest().equals(b.earliest())) {
                return Decision.no("campaigns of different starts (" + a.earliest() + " and " + b.earliest() + ")");
            }
            score = 0.4;
            why.add("campaigns since " + a.earliest());
        } else {
            return Decision.no("a date too vague or missing");
        }
        String operations = operations(a, b);
        if (operations != null && operations.isEmpty()) {
            return Decision.no("different operations (" + a.operation() + " and " + b.operation() + ")");
        }
        if (operations != null) {
            // launching one named operation is one event; other incidents of an operation are many
            score += a.type().equals("Offensive") ? 0.3 : 0.05;
            why.add("both name " + operations);
        }
        Places places = Places.of(a.where(), b.where());
        if (places.apart() != null) {
            return Decision.no(places.apart());
        }
        if (places.relation() != null) {
            why.add(places.relation());
        }
        score += places.score();
        // actors are compared with the sides they belong to: "Turkey" and "the Turkish army" are one perpetrator
        if (!a.perpetrators().isEmpty() && !b.perpetrators().isEmpty()) {
            if (disjoint(a.side(a.perpetrators()), b.side(b.perpetrators()))) {
                return Decision.no("perpetrators on different sides");
            }
            score += 0.15;
            why.add(disjoint(a.perpetrators(), b.perpetrators()) ? "perpetrators on one side" : "a shared perpetrator");
        }
        if (!a.targets().isEmpty() && !b.targets().isEmpty()) {
            if (disjoint(a.side(a.targets()), b.side(b.targets()))) {
                return Decision.no("targets on different sides");
            }
            score += 0.15;
            why.add(disjoint(a.targets(), b.targets()) ? "targets on one side" : "a shared target");
        }
        for (String measure : List.of("killed", "displaced")) {
            Integer x = measure.equals("killed") ? a.killed() : a.displaced();
            Integer y = measure.equals("killed") ? b.killed() : b.displaced();
            if (x == null || y == null) {
                continue;
            }
            int low = Math.min(x, y);
            int high = Math.max(x, y);
            if (high > 2 * low + 5) {
                // 54 against 5 are two events (or a total and one of its parts), not a dispute
                return Decision.no(measure + " counts far apart (" + low + " and " + high + ")");
            }
            score += low == high ? 0.1 : close(low, high) ? 0.05 : 0;
            why.add(low == high ? "the same " + measure + " count" : measure + " counts close (" + low + " and "
                    + high + ")");
        }
        if (beyond(a, b) || beyond(b, a)) {
            return Decision.no("a count outside what the other's words allow (\"" + (a.count() != null
                    ? a.count().text() : "") + "\" and \"" + (b.count() != null ? b.count().text() : "") + "\")");
        }
        if (score < THRESHOLD - 1e-9) {
            return Decision.no("too little evidence (" + String.join("; ", why) + ")");
        }
        if (!anchored(a, b, operations, places)) {
            // the same sides fighting in the same province in the same days is every day of a war
            return Decision.no("nothing particular shared: no town, day read in both, count or operation ("
                    + String.join("; ", why) + ")");
        }
        String first = a.id().compareTo(b.id()) <= 0 ? a.id() : b.id();
        String second = first.equals(a.id()) ? b.id() : a.id();
        return new Decision(Optional.of(new Link(first, second, Math.min(0.95, Math.round(score * 100) / 100.0),
                String.join("; ", why))), "");
    }

    /**
     * Whether the two reports share something particular to one happening, beyond type, days, sides and a wide area:
     * the same town or village, the same day read in both texts, the same or a close count, for an offensive the
     * operation launched, for campaigns their start.
     */
    private static boolean anchored(IncidentReport a, IncidentReport b, String operations, Places places) {
        if (a.campaign() && b.campaign()) {
            return true; // the start both read ("since December") is the campaign's own
        }
        if (places.sameTown() || sameDayReadInBoth(a, b)) {
            return true;
        }
        if (operations != null && a.type().equals("Offensive")) {
            return true;
        }
        return close(a.killed(), b.killed()) || close(a.displaced(), b.displaced());
    }

    /** Whether both reports read one and the same day in their texts (neither date worked out nor a range). */
    private static boolean sameDayReadInBoth(IncidentReport a, IncidentReport b) {
        return a.fusable() && b.fusable() && a.earliest().equals(a.latest()) && a.earliest().equals(b.earliest())
                && b.earliest().equals(b.latest()) && !a.inferred() && !b.inferred();
    }

    /** Whether {@code a} words its count without a number ("dozens") and {@code b}'s number lies outside it. */
    private static boolean beyond(IncidentReport a, IncidentReport b) {
        org.newsgraph.model.Count c = a.count();
        if (c == null || c.value() != null) {
            return false;
        }
        Integer v = c.measure().equals("killed") ? b.killed() : b.displaced();
        return v != null && !c.allows(v);
    }

    /** Whether two counts are given and within a fifth of each other. */
    private static boolean close(Integer x, Integer y) {
        return x != null && y != null && Math.max(x, y) <= Math.min(x, y) * 1.2;
    }

    /** The operation both name, "" when they name different ones, null when either names none. */
    private static String operations(IncidentReport a, IncidentReport b) {
        if (a.operation() == null || b.operation() == null) {
            return null;
        }
        return a.operation().equalsIgnoreCase(b.operation()) ? a.operation() : "";
    }

    /**
     * How two reports' places relate: why they cannot be where one event happened ({@code apart}, else null), what
     * relates them (for the evidence, else null), what that adds to a link (a shared town much, a shared governorate
     * little), and whether it is the same town or village (something particular to one happening).
     */
    private record Places(String apart, String relation, double score, boolean sameTown) {
        Places(String apart, String relation, double score) {
            this(apart, relation, score, false);
        }

        static Places of(Where p, Where q) {
            if (p == null || q == null) {
                return new Places(null, null, 0);
            }
            if (p.id().equals(q.id())) {
                return p.specific() ? new Places(null, "the same place", 0.25, true)
                        : new Places(null, "the same wide area", 0.1);
            }
            if (p.apart(q)) {
                return new Places("places in different governorates", null, 0);
            }
            if (p.within(q) || q.within(p)) {
                return new Places(null, "one place lies within the other", 0.1);
            }
            // two different places: near enough for one to be named for the other (a village and its district), or,
            // without coordinates for one, not known to be apart
            double km = p.kilometresTo(q);
            String distance = String.format(Locale.ROOT, "places %.0f km apart", km);
            if (km > NEAR_KM + p.radiusKm() + q.radiusKm()) {
                return new Places(distance, null, 0);
            }
            return km < 0 ? new Places(null, null, 0)
                    : new Places(null, distance, p.specific() && q.specific() ? 0.05 : 0);
        }
    }

    /**
     * The events the reports make. Linked reports form a group (a connected component of the links); a group is one
     * event unless it holds two reports of one article, which the extractor told apart: then its links are taken
     * strongest first and each kept only if the two events it joins share no article. Every report is in exactly one
     * event (a report linked to none is an event of one report). Deterministic: the same reports in any order give
     * the same events, ordered by their key, and an event depends on its group alone.
     */
    public static List<FusedEvent> cluster(Collection<IncidentReport> input) {
        Map<String, IncidentReport> byId = new TreeMap<>();
        input.forEach(r -> byId.putIfAbsent(r.id(), r));
        List<IncidentReport> reports = new ArrayList<>(byId.values());
        Components groups = new Components(byId.keySet());
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Optional<Link> l = compare(reports.get(i), reports.get(j));
                if (l.isPresent()) {
                    links.add(l.get());
                    groups.union(l.get().a(), l.get().b());
                }
            }
        }
        // strongest first, ties in id order: the same links in any order are kept or dropped alike
        links.sort(Comparator.comparingDouble(Link::confidence).reversed().thenComparing(Link::a)
                .thenComparing(Link::b));
        Components events = new Components(byId.keySet());
        Map<String, Set<String>> articles = new HashMap<>();
        byId.values().forEach(r -> articles.put(r.id(), new TreeSet<>(Set.of(r.articleId()))));
        Map<String, List<Link>> kept = new HashMap<>();
        for (Link l : links) {
            String ra = events.find(l.a());
            String rb = events.find(l.b());
            if (ra.equals(rb) || !disjoint(articles.get(ra), articles.get(rb))) {
                continue;
            }
            events.union(ra, rb);
            String root = events.find(ra);
            Set<String> merged = new TreeSet<>(articles.get(ra));
            merged.addAll(articles.get(rb));
            articles.put(root, merged);
            List<Link> joined = new ArrayList<>(kept.getOrDefault(ra, List.of()));
            joined.addAll(kept.getOrDefault(rb, List.of()));
            joined.add(l);
            kept.put(root, joined);
        }
        List<FusedEvent> out = new ArrayList<>();
        events.groups(new ArrayList<>(byId.keySet())).forEach((root, ids) -> {
            List<Link> tree = new ArrayList<>(kept.getOrDefault(root, List.of()));
            tree.sort(Comparator.comparing(Link::a).thenComparing(Link::b));
            out.add(fuse(groups.find(root), new ArrayList<>(ids.stream().map(byId::get).toList()), tree));
        });
        out.sort(Comparator.comparing(FusedEvent::key));
        return out;
    }

    private static FusedEvent fuse(String group, List<IncidentReport> members, List<Link> links) {
        members.sort(Comparator.comparing(IncidentReport::id));
        String key = members.get(0).id();
        // the narrowest consistent date: the days every report allows; if single links chain reports with no common
        // day, the most precise report's range
        LocalDate from = null;
        LocalDate to = null;
        // an undated report's days are fusion's guess, not the event's date
        List<IncidentReport> dated = members.stream().filter(r -> r.dating() != IncidentReport.Dating.ARTICLE)
                .toList();
        for (IncidentReport r : dated) {
            if (r.fusable()) {
                from = from == null || r.earliest().isAfter(from) ? r.earliest() : from;
                to = to == null || r.latest().isBefore(to) ? r.latest() : to;
            }
        }
        if (from == null || to == null || from.isAfter(to)) {
            IncidentReport best = dated.stream().filter(r -> r.earliest() != null && r.latest() != null)
                    .min(Comparator.comparing((IncidentReport r) -> ChronoUnit.DAYS.between(r.earliest(), r.latest()))
                            .thenComparing(IncidentReport::id)).orElse(null);
            from = best == null ? null : best.earliest();
            to = best == null ? null : best.latest();
        }
        // the narrowest place: the smallest kind, then the one with the longest chain of containers
        String place = members.stream().filter(r -> r.where() != null).map(IncidentReport::where)
                .min(Comparator.comparingDouble(Where::radiusKm)
                        .thenComparing(w -> w.lineage().size(), Comparator.reverseOrder())
                        .thenComparing(Where::id))
                .map(Where::id).orElse(null);
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
                figures.add(new FusedEvent.Figure("killed", r.killed(), r.id(), r.outlet(), r.attributedTo(),
                        worded(r, "killed", r.killed())));
            }
            if (r.displaced() != null) {
                figures.add(new FusedEvent.Figure("displaced", r.displaced(), r.id(), r.outlet(), r.attributedTo(),
                        worded(r, "displaced", r.displaced())));
            }
            if (r.count() != null && r.count().value() == null) {
                // "dozens were killed": a figure without a number, side by side with the numbers
                figures.add(new FusedEvent.Figure(r.count().measure(), null, r.id(), r.outlet(), r.attributedTo(),
                        r.count()));
            }
        }
        return new FusedEvent(key, group, members, links, members.get(0).type(), from, to, place, perpetrators, targets,
                outlets.size(), independentSources(members), figures);
    }

    /** The report's count of this measure as worded, or the bare figure when it kept no words for it. */
    private static org.newsgraph.model.Count worded(IncidentReport r, String measure, int value) {
        org.newsgraph.model.Count c = r.count();
        return c != null && c.measure().equals(measure) && Integer.valueOf(value).equals(c.value()) ? c
                : org.newsgraph.model.Count.exact(measure, value);
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
