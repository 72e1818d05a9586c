package org.newsgraph.extract;

/**
 * The longest run of plain characters every match of a regular expression must contain, read from the expression's
 * text: a cheap {@code String.contains} then rules out, before the expression runs, the sentences where it cannot
 * match. Conservative: only characters at the top level of the expression (outside groups and classes) that no
 * quantifier makes optional or repeatable count; an alternation at the top level, a flag group or an upper-case
 * letter give none. Incident triggers (matched over lower-case text) were run one by one over every sentence, twice
 * (once to decide the parse, once to extract).
 */
final class RequiredLiteral {
    /** Shorter runs are found in too many sentences to be worth the check. */
    static final int MIN_LENGTH = 3;

    private RequiredLiteral() {
    }

    /** The run, or null when the expression names none of at least {@link #MIN_LENGTH} characters. */
    static String of(String regex) {
        if (regex.contains("(?i") || !regex.equals(regex.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            boolean quantified = i + 1 < regex.length() && "?*+{".indexOf(regex.charAt(i + 1)) >= 0;
            boolean plain = Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '-' || c == ',';
            if (depth == 0 && plain && !quantified) {
                run.append(c);
                continue;
            }
            if (run.length() > best.length()) {
                best = run.toString();
            }
            run.setLength(0);
            switch (c) {
                case '\\' -> i++; // an escape: a class (\w, \s), a boundary or an escaped character, none plain here
                case '(' -> depth++;
                case ')' -> depth--;
                case '[' -> i = classEnd(regex, i);
                case '{' -> i = regex.indexOf('}', i) < 0 ? regex.length() : regex.indexOf('}', i); // {m,n}
                case '|' -> {
                    if (depth == 0) {
                        return null;
                    }
                }
                default -> {
                    // a quantifier, a dot, an anchor or a quantified plain character: the run ends
                }
            }
        }
        if (run.length() > best.length()) {
            best = run.toString();
        }
        return best.length() >= MIN_LENGTH ? best : null;
    }

    /** The index of the ']' closing the class opened at {@code open} (classes nest: {@code [a-z&&[^x]]}). */
    private static int classEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
                // a ']' right after the opening (or after '^') is a member, not the end
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return regex.length();
    }
}
