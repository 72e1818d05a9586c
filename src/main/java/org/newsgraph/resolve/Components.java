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
final class Components {
    private final Map<String, String> parent = new HashMap<>();

    Components(Collection<String> ids) {
        ids.forEach(id -> parent.put(id, id));
    }

    /** Puts the two ids in one component. */
    void union(String a, String b) {
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
    String find(String x) {
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

    /** How many components the ids fall into. */
    int count(List<String> ids) {
        return groups(ids).size();
    }
}
