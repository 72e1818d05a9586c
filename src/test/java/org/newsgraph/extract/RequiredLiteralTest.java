package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The literal a trigger needs is in every text it matches, and is read conservatively from the expression. */
class RequiredLiteralTest {
    @Test
    void readsTheLongestMandatoryRunAtTheTopLevel() {
        assertEquals("came under ", RequiredLiteral.of("came under (?:heavy )?(?:\\w+ )?fire"));
        assertEquals(" killed", RequiredLiteral.of("(?:was|were|had been) killed"));
        assertEquals("killed", RequiredLiteral.of("(?:have|has|had)? ?killed"));
        assertEquals("attack", RequiredLiteral.of("attacks?"));
        assertEquals("strike", RequiredLiteral.of("(?:air ?|missile )?strikes?"));
        assertEquals("fir", RequiredLiteral.of("fir(?:ed|ing) (?:\\w+ )?on"));
        assertEquals(" took control", RequiredLiteral.of("[a-z]+ took control"));
        assertEquals("pull ", RequiredLiteral.of("pull (?:[\\w-]+ ){0,3}out"), "a quantifier's bounds are no text");
    }

    @Test
    void namesNoneWhereAMatchNeedNotHoldOne() {
        assertNull(RequiredLiteral.of("killed|dead"), "an alternation at the top");
        assertNull(RequiredLiteral.of("(?:killed|dead)"), "everything in a group");
        assertNull(RequiredLiteral.of("(?i)killed"), "case-insensitive");
        assertNull(RequiredLiteral.of("Killed"), "an upper-case letter");
        assertNull(RequiredLiteral.of("hi"), "too short to be worth it");
        assertNull(RequiredLiteral.of("k\\w+d"), "escapes are no plain characters");
        assertEquals("xyz", RequiredLiteral.of("[[ab]cde]xyz"), "a class inside a class");
        assertEquals("xyz", RequiredLiteral.of("[]abc]xyz"), "a ']' opening a class is a member");
    }

    @Test
    void everyTriggerMatchHoldsItsLiteralInEveryArticle() throws Exception {
        List<String> texts = RepositoryArticles.read().values().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        int checked = 0;
        int withLiteral = 0;
        for (Lexicons.Trigger t : Lexicons.load().triggers) {
            withLiteral += t.literal() == null ? 0 : 1;
            for (String text : texts) {
                Matcher m = t.pattern().matcher(text);
                while (m.find()) {
                    assertTrue(t.mayMatch(m.group()) && t.mayMatch(text), t.pattern() + " matched '" + m.group()
                            + "' without '" + t.literal() + "'");
                    checked++;
                }
            }
        }
        assertTrue(checked > 200, "trigger matches checked: " + checked);
        assertTrue(withLiteral > Lexicons.load().triggers.size() / 2, "triggers with a literal: " + withLiteral);
    }
}
