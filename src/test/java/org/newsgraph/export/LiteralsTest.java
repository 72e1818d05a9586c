package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LiteralsTest {
    @Test
    void shortensAtAWordBoundaryWithAnEllipsis() {
        assertEquals("we will not stop", Literals.shorten("we will not stop", 40));
        assertEquals("we will not…", Literals.shorten("we will not\n stop the operation", 14));
        assertEquals("one line", Literals.shorten(" one\n\tline ", 40));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String s = Literals.shorten("\uD83D\uDE00".repeat(20), 10);
        assertTrue(s.endsWith("…") && s.length() <= 10, s);
        assertTrue(!Character.isHighSurrogate(s.charAt(s.length() - 2)), s);
    }

    @Test
    void readsWktPointsAsLongitudeLatitude() {
        assertArrayEquals(new double[] {36.63, 35.93}, Literals.point("POINT(36.63 35.93)"));
        assertArrayEquals(new double[] {36.63, 35.93},
                Literals.point("<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT (36.63 35.93)"));
        assertNull(Literals.point("LINESTRING(1 2, 3 4)"));
    }
}
