package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {
    private static final Pattern COUNT = Pattern.compile("(?i)" + Numbers.COUNT);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            13                      | 13
            200,000                 | 200000
            five                    | 5
            Five                    | 5
            thirteen                | 13
            twenty                  | 20
            twenty-one              | 21
            ninety-nine             | 99
            three million           | 3000000
            1.5 million             | 1500000
            two hundred             | 200
            10,000                  | 10000
            more than 200,000       | 200000
            at least five           | 5
            around three million    | 3000000
            nearly twenty-one       | 21
            a million               | 1000000
            nearly a million        | 1000000
            """)
    void readsTheCountGroup(String phrase, int expected) {
        Matcher m = COUNT.matcher(phrase);

        assertTrue(m.matches(), () -> "COUNT does not match '" + phrase + "'");
        assertEquals(expected, Numbers.parse(m.group(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"more than 200,000", "at least five", "some 13"})
    void hedgeIsNotPartOfTheCountGroup(String phrase) {
        Matcher m = COUNT.matcher(phrase);

        assertTrue(m.matches());
        assertEquals(phrase.substring(phrase.lastIndexOf(' ') + 1), m.group(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"many", "dozens", "", "million", "2.5", "1,2,3", "99999999999"})
    void parseGivesNullForWordsThatAreNoCount(String s) {
        assertNull(Numbers.parse(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5e309", "3.2.1", "7,5"})
    void aFigureThatGoesOnIsNoCountAtAll(String s) {
        // "killed 1.5e309 militants" is refused, not read as 1 or 2
        Matcher m = COUNT.matcher(s);

        assertTrue(!m.lookingAt() || Numbers.parse(m.group(1)) == null, () -> "read a count from " + s);
    }
}
