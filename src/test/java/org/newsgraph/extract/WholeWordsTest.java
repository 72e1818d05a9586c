package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The indexOf search answers what the case-insensitive whole-word regular expression it replaces answered. */
class WholeWordsTest {
    private static boolean regex(String phrase, String text) {
        return Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])")
                .matcher(text).find();
    }

    @Test
    void everyCataloguePhraseInEveryArticleAndLine() throws Exception {
        Set<String> phrases = new LinkedHashSet<>();
        for (AgreementCatalogue.Entry e : AgreementCatalogue.load().entries) {
            e.names().forEach(w -> phrases.add(w.toString()));
            e.subjects().forEach(w -> phrases.add(w.toString()));
        }
        assertTrue(phrases.size() > 100, "phrases: " + phrases.size());
        List<String> texts = new ArrayList<>();
        for (String text : RepositoryArticles.read().values()) {
            texts.add(text);
            texts.addAll(List.of(text.split("\n")));
        }
        int found = 0;
        for (String phrase : phrases) {
            WholeWords w = new WholeWords(phrase);
            for (String text : texts) {
                boolean expected = regex(phrase, text);
                assertEquals(expected, w.in(text), () -> phrase + " in " + text);
                assertEquals(expected, w.in(text, WholeWords.lower(text)), phrase);
                found += expected ? 1 : 0;
            }
        }
        assertTrue(found > 500, "found: " + found);
    }

    @Test
    void edgesCaseAndCharactersOutsideAscii() {
        List<String> phrases = List.of("idlib", "Idlib", "M5", "de-escalation zone", "kurds", "150-hour", "ypg");
        List<String> texts = List.of("IDLIB", "Idlib's", "idlibs", "in idlib.", "xidlib", "2idlib", "idlib2",
                "\u0130DLIB", "\u0130dlib idlib", "\u212Aurds", "KURDS", "the M5 highway", "m55", "M\u00b2",
                "\u00b2M5", "De-Escalation Zone", "de-escalation zones", "a 150-hour deadline", "150-hours",
                "x\uD835\uDC00idlib", "idlib\uD835\uDC00", "\uD835\uDC00 idlib", "idlib idlibx", "xidlib idlib",
                "\u2167ypg", "ypg\u2167", "YPG/PKK", "", "idli");
        for (String phrase : phrases) {
            for (String text : texts) {
                assertEquals(regex(phrase, text), new WholeWords(phrase).in(text), () -> phrase + " in " + text);
            }
        }
        assertTrue(new WholeWords("Idlib").in("IDLIB, Oct 13"));
        assertFalse(new WholeWords("idlib").in("\u0130DLIB"));
        assertThrows(IllegalArgumentException.class, () -> new WholeWords(""));
    }

    @Test
    void lowerKeepsLengthAndEveryCharacterButAToZ() {
        assertEquals("idlib \u0130 \u212a \u00c9", WholeWords.lower("IDLIB \u0130 \u212a \u00c9"));
        String same = "already lower 123";
        assertTrue(same == WholeWords.lower(same), "no copy when nothing changes");
    }
}
