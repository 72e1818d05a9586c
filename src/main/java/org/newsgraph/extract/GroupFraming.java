package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.model.Span;

/**
 * The words an article frames armed groups with, from the framing lexicon: a word attached to a named group ("HTS
 * terrorists", "the so-called Hayat Tahrir al-Sham", "HTS, a Takfiri militant alliance"), and the phrases that stand
 * for groups the article does not name ("foreign-backed terrorists", "militant groups"). Each framing is returned as
 * the plural noun it is counted under, so "terrorist groups" and "terrorists" are one framing.
 */
final class GroupFraming {
    private final Lexicons lex;
    private final Pattern after;
    private final Pattern before;
    private final Pattern apposition;
    private final Pattern unnamed;

    GroupFraming(Lexicons lex, RecognizerWords rw) {
        this.lex = lex;
        String words = Text.alternation(lex.framingNouns.keySet());
        String single = Text.alternation(rw.groupNouns("single"));
        after = Pattern.compile("(?i)^\\s+(" + words + ")(?![\\p{L}-])");
        before = Pattern.compile("(?i)(?<![\\p{L}-])(" + words + ")\\s+(?:(?:" + single + ")\\s+)?(?:the\\s+)?$");
        apposition = Pattern.compile("^\\s*(?:\\([^)]{1,12}\\))?\\s*,\\s+(?:a|an|the)\\s+"
                + "((?:[\\p{L}-]+\\s+){0,3})(?:" + single + ")\\b");
        String generic = Text.alternation(lex.genericGroupNouns);
        String framedGroups = lex.framingNouns.keySet().stream().filter(w -> !w.contains(" "))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        unnamed = Pattern.compile("(?i)(?<![\\p{L}-])(?:(?:[\\p{L}]+-(?:"
                + Text.alternation(rw.hyphenSuffixes) + ")|"
                + Text.alternation(rw.groupNouns("modifier")) + "|anti-[\\p{L}]+)\\s+){0,3}"
                + "(?:(?:" + framedGroups + "|armed)\\s+(?:" + Text.alternation(rw.groupNouns("plural"))
                + ")|" + generic + ")(?![\\p{L}-])");
    }

    /**
     * The framing word an article attaches to a named armed group: right after it ("HTS terrorists"), right before it
     * ("the terrorist group HTS", "the so-called Hayat Tahrir al-Sham"), or in an apposition ("HTS, a Takfiri
     * militant alliance"); null when there is none.
     */
    String ofNamedGroup(String text, Span span) {
        String following = text.substring(span.end(), Math.min(text.length(), span.end() + 80));
        Matcher m = after.matcher(following);
        if (m.find()) {
            return lex.framingNouns.get(m.group(1).toLowerCase(Locale.ROOT));
        }
        m = before.matcher(text.substring(Math.max(0, span.begin() - 50), span.begin()));
        if (m.find()) {
            return lex.framingNouns.get(m.group(1).toLowerCase(Locale.ROOT));
        }
        m = apposition.matcher(following);
        if (m.find()) {
            for (String w : m.group(1).toLowerCase(Locale.ROOT).split("\\s+")) {
                if (lex.framingNouns.containsKey(w)) {
                    return lex.framingNouns.get(w);
                }
            }
        }
        return null;
    }

    /** The noun an unnamed-group phrase is framed by: "foreign-backed terrorists" and "terrorist groups" both give "terrorists". */
    String ofUnnamed(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        if (lex.framingNouns.containsKey(head)) {
            return lex.framingNouns.get(head);
        }
        String modifier = words.length > 1 ? words[words.length - 2] : "";
        return lex.framingNouns.get(modifier);
    }

    /** Every phrase of the text that may stand for unnamed armed groups; the recogniser decides which do. */
    List<Span> unnamedPhrases(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = unnamed.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }
}
