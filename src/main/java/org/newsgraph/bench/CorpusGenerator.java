package org.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * Makes a corpus of any size from a few articles: each variant shuffles the paragraphs after the lede, swaps the
 * names of actors of the same class (from the gazetteer) and shifts the dates. The same seed gives the same corpus.
 *
 * <pre>{@code
 * List<Path> files = new CorpusGenerator(Gazetteer.load(), 42).generate(seedFiles, 500, dir);
 * }</pre>
 */
public final class CorpusGenerator {
    private static final List<EntityType> SWAPPED = List.of(EntityType.PERSON, EntityType.STATE,
            EntityType.ARMED_GROUP, EntityType.MILITARY_FORCE);
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20[0-4]\\d)(?!\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile("(?:(?<!\\d)(\\d{1,2})(\\s+))?\\b("
            + String.join("|", MONTHS) + ")\\b(?:(\\s+)(\\d{1,2})(?!\\d))?");
    private static final int LEDE_WORDS = 25;

    private final Map<EntityType, List<Entity>> byType = new HashMap<>();
    private final long seed;

    public CorpusGenerator(Gazetteer gazetteer, long seed) {
        this.seed = seed;
        for (Entity e : gazetteer.entities()) {
            if (SWAPPED.contains(e.type()) && !e.aliases().isEmpty()) {
                byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
            }
        }
        byType.values().forEach(l -> l.sort(Comparator.comparing(Entity::key)));
    }

    /**
     * Writes {@code n} variants of the source articles into {@code dir} (created if needed), cycling through the
     * sources; variant i is named {@code bench-NNNN-SOURCE-NAME}.
     */
    public List<Path> generate(List<Path> sources, int n, Path dir) throws IOException {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source articles to vary; give a folder of .txt/.html articles");
        }
        Files.createDirectories(dir);
        List<String> texts = new ArrayList<>();
        for (Path p : sources) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int s = i % sources.size();
            Path f = dir.resolve(String.format(Locale.ROOT, "bench-%04d-%s", i, sources.get(s).getFileName()));
            Files.writeString(f, vary(texts.get(s), new Random(seed * 1_000_003L + i)), StandardCharsets.UTF_8);
            out.add(f);
        }
        return out;
    }

    /** One variant of an article's text. */
    String vary(String text, Random r) {
        return shiftDates(swapNames(shuffle(text, r), r), r);
    }

    /** Shuffles the paragraphs (or lines) after the first one long enough to be the lede. */
    static String shuffle(String text, Random r) {
        String sep = "\n\n";
        List<String> units = new ArrayList<>(List.of(text.split("\\n\\s*\\n", -1)));
        if (units.size() < 4) {
            sep = "\n";
            units = new ArrayList<>(List.of(text.split("\\n", -1)));
        }
        int lede = 0;
        while (lede < units.size() && units.get(lede).strip().split("\\s+").length < LEDE_WORDS) {
            lede++;
        }
        if (lede + 2 < units.size()) {
            Collections.shuffle(units.subList(lede + 1, units.size()), r);
        }
        return String.join(sep, units);
    }

    /** For each swapped class, exchanges the names of an actor in the text and another of the same class. */
    String swapNames(String text, Random r) {
        String t = text;
        for (EntityType type : SWAPPED) {
            List<Entity> all = byType.getOrDefault(type, List.of());
            String current = t;
            List<Entity> present = all.stream().filter(e -> e.aliases().stream().anyMatch(a -> has(current, a)))
                    .toList();
            if (present.isEmpty() || all.size() < 2) {
                continue;
            }
            Entity a = present.get(r.nextInt(present.size()));
            Entity b = a;
            while (b == a) {
                b = all.get(r.nextInt(all.size()));
            }
            Map<String, String> map = new HashMap<>();
            names(a, b, map);
            names(b, a, map);
            t = replaceAll(t, map);
        }
        return t;
    }

    private static void names(Entity from, Entity to, Map<String, String> map) {
        String[] words = to.label().split("\\s+");
        String shortName = from.type() == EntityType.PERSON ? words[words.length - 1] : to.label();
        for (String alias : from.aliases()) {
            boolean single = !alias.contains(" ") && from.label().contains(" ");
            map.putIfAbsent(alias, single ? shortName : to.label());
        }
        List<String> d1 = from.prop("demonym");
        List<String> d2 = to.prop("demonym");
        if (!d1.isEmpty() && !d2.isEmpty()) {
            map.putIfAbsent(d1.get(0), d2.get(0));
        }
    }

    private static String replaceAll(String text, Map<String, String> map) {
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alt = new StringBuilder();
        for (String k : keys) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(k));
        }
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])").matcher(text);
        return m.replaceAll(mr -> Matcher.quoteReplacement(map.get(mr.group())));
    }

    private static boolean has(String text, String alias) {
        int i = text.indexOf(alias);
        while (i >= 0) {
            boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + alias.length();
            boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                return true;
            }
            i = text.indexOf(alias, i + 1);
        }
        return false;
    }

    /** Moves years by -2..+2 and month names by 0..11 months (days past the 28th become the 28th). */
    static String shiftDates(String text, Random r) {
        int years = r.nextInt(5) - 2;
        int months = r.nextInt(12);
        String t = YEAR.matcher(text).replaceAll(m -> String.valueOf(Integer.parseInt(m.group(1)) + years));
        return MONTH_DAY.matcher(t).replaceAll(m -> {
            String month = MONTHS.get((MONTHS.indexOf(m.group(3)) + months) % 12);
            String before = m.group(1) == null ? "" : clamp(m.group(1)) + m.group(2);
            String after = m.group(5) == null ? "" : m.group(4) + clamp(m.group(5));
            return Matcher.quoteReplacement(before + month + after);
        });
    }

    private static String clamp(String day) {
        int d = Integer.parseInt(day);
        return d > 28 && d <= 31 ? "28" : day;
    }
}
