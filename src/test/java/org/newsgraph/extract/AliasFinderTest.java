package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.config.Gazetteer;

/** The trie finds exactly what the alternation of all aliases found, on every article the project holds. */
class AliasFinderTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(Gazetteer.load(), Lexicons.load());
    private static final Set<String> KEYS = RECOGNIZER.aliasKeys();
    private static final String NOT_AFTER = EntityRecognizer.aliasNotAfter(RecognizerWords.load().hyphenSuffixes);
    private static final Pattern ALTERNATION = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Text.alternation(KEYS)
            + ")(?!" + NOT_AFTER + ")");
    private static final AliasFinder FINDER = new AliasFinder(KEYS, Pattern.compile(NOT_AFTER));

    @Test
    void findsWhatTheAlternationFindsInEveryArticle() throws Exception {
        Map<Path, String> texts = RepositoryArticles.read();
        assertTrue(texts.size() > 30, "articles read: " + texts.size());
        int hits = 0;
        for (Map.Entry<Path, String> t : texts.entrySet()) {
            List<AliasFinder.Hit> expected = alternation(t.getValue());
            assertEquals(expected, FINDER.find(t.getValue()), t.getKey().toString());
            hits += expected.size();
        }
        assertTrue(hits > 1000, "aliases found: " + hits);
    }

    @Test
    void keepsTheRulesAtTheEdgesOfAName() {
        for (String text : List.of("Assad-era laws", "al-Qaida-linked fighters", "the EU-Turkey statement",
                "Turkey's army", "Turkeys", "in Idlib.", "IDLIB, Oct 13", "Ma’arrat al-Nu’man and Ma'arrat al-Nu'man",
                "Russia2", "2Russia", "Government forces took control", "Russian defence ministry", "",
                "Syria-", "-Syria", "Syria-based", "x\uD835\uDC00Syria", "Moscow/Ankara (Reuters) -")) {
            assertEquals(alternation(text), FINDER.find(text), text);
        }
    }

    private static List<AliasFinder.Hit> alternation(String text) {
        List<AliasFinder.Hit> out = new ArrayList<>();
        Matcher m = ALTERNATION.matcher(text);
        while (m.find()) {
            out.add(new AliasFinder.Hit(m.start(), m.end()));
        }
        return out;
    }
}
