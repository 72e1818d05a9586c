package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Connected components of a graph over string ids (union-find). A component's root is its smallest id whatever the
 * order of the unions, so what is built from components does not depend on the order of the input.
 */
public final class Components {
    private final Map<String, String> parent = new HashMap<>();

    public Components(Collection<String> ids) {
        ids.forEach(id -> parent.put(id, id));
    }

    /** Puts the two ids in one component. */
    public void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    /** The root (smallest id) of the id's component. */
    public String find(String x) {
        String root = x;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(x, root);
        return root;
    }

    /** The components, each a list of ids in the order given, keyed and sorted by root. */
    Map<String, List<String>> groups(List<String> ids) {
        Map<String, List<String>> out = new TreeMap<>();
        ids.forEach(id -> out.computeIfAbsent(find(id), k -> new ArrayList<>()).add(id));
        return out;
    }

    /**
     * The links that hold one component together: a spanning tree found breadth first from the root, neighbours in
     * id order, so the same links in any order give the same tree. A component of n reports keeps n - 1 links
     * rather than up to n(n-1)/2 (sixty copies of one wire story would otherwise store 1,770 links, rewritten on
     * every new copy).
     */
    static <L> List<L> spanningTree(String root, List<L> links, java.util.function.Function<L, String> a,
                                    java.util.function.Function<L, String> b) {
        Map<String, TreeMap<String, L>> next = new HashMap<>();
        for (L l : links) {
            next.computeIfAbsent(a.apply(l), k -> new TreeMap<>()).putIfAbsent(b.apply(l), l);
            next.computeIfAbsent(b.apply(l), k -> new TreeMap<>()).putIfAbsent(a.apply(l), l);
        }
        List<L> tree = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(root));
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            String x = queue.poll();
            for (Map.Entry<String, L> e : next.getOrDefault(x, new TreeMap<>()).entrySet()) {
                if (seen.add(e.getKey())) {
                    tree.add(e.getValue());
                    queue.add(e.getKey());
                }
            }
        }
        return tree;
    }

    /** How many components the ids fall into. */
    int count(List<String> ids) {
        return groups(ids).size();
    }
}
