package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads counts written in digits or words: "13", "200,000", "five", "twenty-one", "three million", "a million". */
final class Numbers {
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    static final String WORD = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|"
            + "five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    /** A count, possibly hedged ("more than 200,000", "at least five"). */
    static final String COUNT = "(?:(?:more than|over|at least|nearly|almost|about|around|some|up to|roughly)\\s+)?"
            + "((?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(?:hundred|thousand|million))?|" + WORD
            + "(?:\\s+(?:hundred|thousand|million))?|an?\\s+(?:hundred|thousand|million))(?![\\p{L}\\d]|[.,]\\d)";
    private static final Pattern PARTS = Pattern.compile("(?i)^([\\d.,]+|[a-z-]+)(?:\\s+(hundred|thousand|million))?$");

    private Numbers() {
    }

    /** The integer a count phrase denotes, or null. */
    static Integer parse(String s) {
        Matcher m = PARTS.matcher(s.strip());
        if (!m.matches()) {
            return null;
        }
        String base = m.group(1).toLowerCase(Locale.ROOT);
        double v;
        if ((base.equals("a") || base.equals("an")) && m.group(2) != null) {
            v = 1;      // "a million", "a hundred"
        } else if (base.matches("[\\d.,]+")) {
            if (!base.matches("\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?") || base.contains(".") && m.group(2) == null) {
                return null;    // "1.5e309", "1,2,3", "2.5" people: no count of people
            }
            v = Double.parseDouble(base.replace(",", ""));
        } else {
            String[] p = base.split("-");
            int t = TENS.indexOf(p[0]);
            int u = UNITS.indexOf(p[0]);
            if (t > 0) {
                v = t * 10 + (p.length > 1 ? Math.max(0, UNITS.indexOf(p[1])) : 0);
            } else if (u >= 0) {
                v = u;
            } else {
                return null;
            }
        }
        if (m.group(2) != null) {
            v *= switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "hundred" -> 100;
                case "thousand" -> 1000;
                default -> 1_000_000;
            };
        }
        return v > Integer.MAX_VALUE ? null : (int) Math.round(v);
    }
}
