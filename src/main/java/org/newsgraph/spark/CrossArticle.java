package org.newsgraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.newsgraph.rdf.EventMapper;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.UtteranceMapper;
import org.newsgraph.resolve.Components;
import org.newsgraph.resolve.EventFusion;
import org.newsgraph.resolve.IncidentReport;
import org.newsgraph.resolve.StatementReport;
import org.newsgraph.resolve.UtteranceFusion;
import scala.Tuple2;

/**
 * The second stage: what spans articles, worked out over the whole corpus at once rather than one article after
 * another, with the same functions {@code ingest} applies. The entities graph: each entity's description from the
 * last article in input order that describes it (as the last write leaves it), an altLabel for every word any
 * mention used, and only the entities an article or a kept entity points at. Events and utterances: reports are
 * compared only within the blocks {@code ingest} looks up (month and type, speaker and month), the links are
 * joined into connected components on the driver, and each component is clustered and mapped as {@code ingest}
 * does — fusion there is order-free, so the components give the same events.
 */
final class CrossArticle {
    private static final Node ENTITIES = NodeFactory.createURI(Ids.ENTITIES_GRAPH);
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();

    private CrossArticle() {
    }

    /** What the articles say of one entity: the latest description, every word used for it, whether it is named. */
    record EntityPart(long order, String description, TreeSet<String> forms, boolean referenced)
            implements Serializable {
        static EntityPart merge(EntityPart a, EntityPart b) {
            EntityPart later = b.description != null && (a.description == null || b.order > a.order) ? b : a;
            TreeSet<String> forms = new TreeSet<>(a.forms);
            forms.addAll(b.forms);
            return new EntityPart(later.order, later.description, forms, a.referenced || b.referenced);
        }
    }

    /** The entities graph's quads. */
    static JavaRDD<String> entities(JavaSparkContext sc, JavaRDD<ArticleResult> articles) {
        JavaPairRDD<String, EntityPart> merged = articles.flatMapToPair(CrossArticle::entityParts)
                .reduceByKey(EntityPart::merge).cache();
        Set<String> keep = new HashSet<>(merged.filter(t -> t._2().referenced()).keys().collect());
        Map<String, List<String>> pointsAt = new HashMap<>(merged.filter(t -> t._2().description() != null)
                .mapToPair(t -> new Tuple2<>(t._1(), pointsAt(t._1(), t._2().description())))
                .filter(t -> !t._2().isEmpty()).collectAsMap());
        // what a kept entity's description points at stays too ("Hulusi Akar, affiliation Turkey")
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(keep);
        while (!todo.isEmpty()) {
            for (String o : pointsAt.getOrDefault(todo.pop(), List.of())) {
                if (keep.add(o)) {
                    todo.push(o);
                }
            }
        }
        Broadcast<Set<String>> kept = sc.broadcast(keep);
        return merged.filter(t -> kept.value().contains(t._1())).map(t -> entityQuads(t._1(), t._2()));
    }

    private static Iterator<Tuple2<String, EntityPart>> entityParts(ArticleResult r) {
        List<Tuple2<String, EntityPart>> out = new ArrayList<>();
        if (!r.ok()) {
            return out.iterator();
        }
        r.descriptions().forEach((iri, nt) -> out.add(new Tuple2<>(iri, new EntityPart(r.order(), nt,
                new TreeSet<>(), false))));
        r.facts().forms().forEach((iri, f) -> out.add(new Tuple2<>(iri, new EntityPart(r.order(), null,
                new TreeSet<>(f), false))));
        r.facts().referenced().forEach(iri -> out.add(new Tuple2<>(iri, new EntityPart(r.order(), null,
                new TreeSet<>(), true))));
        return out.iterator();
    }

    private static List<String> pointsAt(String iri, String description) {
        List<String> out = new ArrayList<>();
        Node e = NodeFactory.createURI(iri);
        Quads.parse(description).find(e, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isURI() && Ids.isDescribed(o.getURI()) && !o.equals(e)) {
                out.add(o.getURI());
            }
        });
        return out;
    }

    private static String entityQuads(String iri, EntityPart p) {
        Node e = NodeFactory.createURI(iri);
        Set<String> lines = new LinkedHashSet<>();
        if (p.description() != null) {
            Graph d = Quads.parse(p.description());
            d.find().forEachRemaining(t -> lines.add(Quads.quad(ENTITIES, t)));
        }
        for (String f : p.forms()) {
            lines.add(Quads.quad(ENTITIES, Triple.create(e, ALT_LABEL, NodeFactory.createLiteralString(f))));
        }
        return String.join("", lines);
    }

    /** The fused events' quads. */
    static JavaRDD<String> events(JavaSparkContext sc, JavaRDD<ArticleResult> articles) {
        JavaRDD<IncidentReport> reports = articles.filter(ArticleResult::ok)
                .flatMap(r -> r.facts().incidents().iterator());
        return fused(sc, reports, r -> r.months().stream().map(m -> m + " " + r.type()).toList(), IncidentReport::id,
                (a, b) -> EventFusion.compare(a, b).isPresent(), members -> {
                    StringBuilder sb = new StringBuilder();
                    EventFusion.cluster(members).forEach(e -> sb.append(Quads.nquads(Ids.eventGraph(e.key()),
                            EventMapper.map(e).getGraph())));
                    return sb.toString();
                });
    }

    /** The fused utterances' quads. */
    static JavaRDD<String> utterances(JavaSparkContext sc, JavaRDD<ArticleResult> articles) {
        JavaRDD<StatementReport> reports = articles.filter(ArticleResult::ok)
                .flatMap(r -> r.facts().statements().iterator());
        return fused(sc, reports, r -> List.copyOf(r.keys()), StatementReport::id,
                (a, b) -> UtteranceFusion.compare(a, b).isPresent(), members -> {
                    StringBuilder sb = new StringBuilder();
                    UtteranceFusion.cluster(members).forEach(u -> sb.append(Quads.nquads(Ids.utteranceGraph(u.key()),
                            UtteranceMapper.map(u).getGraph())));
                    return sb.toString();
                });
    }

    /** A function Spark can ship: the lambdas below travel to the executors. */
    interface Fn<A, B> extends Function<A, B>, Serializable {
    }

    /** A two-argument function Spark can ship. */
    interface Fn2<A, B, C> extends BiFunction<A, B, C>, Serializable {
    }

    /**
     * Links the reports within each block, joins the links into components on the driver (a component's root is its
     * smallest id, whatever the order), and maps each component's reports.
     */
    private static <R extends Serializable> JavaRDD<String> fused(JavaSparkContext sc, JavaRDD<R> reports,
                                                                 Fn<R, List<String>> blocks, Fn<R, String> id,
                                                                 Fn2<R, R, Boolean> linked,
                                                                 Fn<Collection<R>, String> map) {
        List<Tuple2<String, String>> links = reports
                .flatMapToPair(r -> blocks.apply(r).stream().map(b -> new Tuple2<>(b, r)).iterator())
                .groupByKey()
                .flatMap(block -> {
                    List<R> in = new ArrayList<>();
                    block._2().forEach(in::add);
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    for (int i = 0; i < in.size(); i++) {
                        for (int j = i + 1; j < in.size(); j++) {
                            if (linked.apply(in.get(i), in.get(j))) {
                                out.add(new Tuple2<>(id.apply(in.get(i)), id.apply(in.get(j))));
                            }
                        }
                    }
                    return out.iterator();
                }).distinct().collect();
        Set<String> ids = new TreeSet<>();
        links.forEach(l -> {
            ids.add(l._1());
            ids.add(l._2());
        });
        Components c = new Components(ids);
        links.forEach(l -> c.union(l._1(), l._2()));
        Map<String, String> root = new HashMap<>();
        ids.forEach(x -> root.put(x, c.find(x)));
        Broadcast<Map<String, String>> roots = sc.broadcast(root);
        return reports.mapToPair(r -> new Tuple2<>(roots.value().getOrDefault(id.apply(r), id.apply(r)), r))
                .groupByKey()
                .map(g -> {
                    List<R> members = new ArrayList<>();
                    g._2().forEach(members::add);
                    return map.apply(members);
                });
    }
}
