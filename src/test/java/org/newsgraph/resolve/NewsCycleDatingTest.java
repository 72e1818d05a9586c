package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewsCycleDatingTest {
    private static final String[] FILLER = ("the minister said that talks on the border would go on while monitors "
            + "counted convoys near the river and officials in the capital denied any change of course").split(" ");

    @Test
    void anyRunOfSevenSharedWordsSharesAFingerprintWhateverSurroundsIt() {
        String shared = "observation posts will stay where they are";
        Random r = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            String a = words(r, r.nextInt(12)) + " " + shared + " " + words(r, r.nextInt(12));
            String b = words(r, r.nextInt(12)) + " " + shared.toUpperCase() + ", " + words(r, r.nextInt(12));
            Set<String> common = new HashSet<>(NewsCycleDating.textKeys("akar", a));
            common.retainAll(NewsCycleDating.textKeys("akar", b));
            assertFalse(common.isEmpty(), "no shared fingerprint:\n" + a + "\n" + b);
        }
    }

    @Test
    void keysNameTheSpeakerAndAreFewerThanTheFourGrams() {
        String text = "The army will answer every attack on its posts in the province, the minister told reporters";
        Set<String> keys = NewsCycleDating.textKeys("akar", text);
        assertTrue(keys.stream().allMatch(k -> k.matches("akar [0-9a-f]{8}")), keys.toString());
        assertTrue(keys.size() < NewsCycleDating.shingles(text).size(), keys.size() + " keys");
        Set<String> other = NewsCycleDating.textKeys("peskov", text);
        other.retainAll(keys);
        assertEquals(Set.of(), other, "another speaker's words are other keys");
    }

    @Test
    void shortTextsHaveOneKeyOrNone() {
        assertEquals(Set.of(), NewsCycleDating.textKeys("akar", "no comment"));
        assertEquals(1, NewsCycleDating.textKeys("akar", "we will not withdraw").size());
        assertEquals(1, NewsCycleDating.textKeys("akar", "we will not withdraw from Idlib").size());
    }

    private static String words(Random r, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(FILLER[r.nextInt(FILLER.length)]);
        }
        return String.join(" ", out);
    }
}
