package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the gazetteer's aliases in a text in one pass over a trie, with exactly the matches of the regular expression
 * {@code (?<![\p{L}\p{N}])(?:ALIAS|...)(?!NOT_AFTER)} whose alternatives run longest first: at each position not
 * preceded by a letter or digit, the longest alias there that {@code notAfter} does not follow; the search then goes
 * on after it. The alternation of a few thousand aliases tried them one by one at every character (about 4% of
 * extraction time); the trie reads each character once per alias prefix it is part of.
 */
final class AliasFinder {
    /** One alias found: its characters {@code [begin, end)}. */
    record Hit(int begin, int end) {
    }

    private static final class Node {
        private final Map<Character, Node> next = new HashMap<>();
        private boolean alias;
    }

    private final Node root = new Node();
    private final Pattern notAfter;

    /**
     * @param aliases  the literal aliases (matched case-sensitively)
     * @param notAfter what may not follow an alias (matched at its end, seeing the rest of the text)
     */
    AliasFinder(Collection<String> aliases, Pattern notAfter) {
        this.notAfter = notAfter;
        for (String a : aliases) {
            if (a.isEmpty()) {
                continue;
            }
            Node n = root;
            for (int i = 0; i < a.length(); i++) {
                n = n.next.computeIfAbsent(a.charAt(i), c -> new Node());
            }
            n.alias = true;
        }
    }

    /** The aliases in the text, left to right, none overlapping. */
    List<Hit> find(String text) {
        List<Hit> out = new ArrayList<>();
        Matcher after = notAfter.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int[] ends = new int[64];
        int i = 0;
        while (i < text.length()) {
            // the character before, as the regular expression's look-behind reads it: one char, not a code point
            if (i > 0 && Text.letterOrNumber(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int n = 0;
            Node node = root;
            for (int j = i; j < text.length(); j++) {
                node = node.next.get(text.charAt(j));
                if (node == null) {
                    break;
                }
                if (node.alias) {
                    if (n == ends.length) {
                        ends = java.util.Arrays.copyOf(ends, 2 * n);
                    }
                    ends[n++] = j + 1;
                }
            }
            int found = -1;
            for (int k = n - 1; k >= 0 && found < 0; k--) {
                if (!after.region(ends[k], text.length()).lookingAt()) {
                    found = ends[k];
                }
            }
            if (found >= 0) {
                out.add(new Hit(i, found));
                i = found;
            } else {
                i++;
            }
        }
        return out;
    }
}
