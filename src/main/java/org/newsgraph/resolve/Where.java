package org.newsgraph.resolve;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.config.Tsv;

/**
 * Where a report places its incident, as fusion compares places: the place, the places it lies within, its point and
 * its kind, with the size the kind implies ({@code resolve/place-kinds.tsv}).
 *
 * @param id      the place
 * @param lineage the place and every place it lies within
 * @param point   longitude and latitude, or null when unknown
 * @param kind    its ng:placeKind ("town", "governorate"), or null
 * @param areas   the places of its lineage of a kind that divides a country without overlap (its governorate):
 *                places in different ones are apart, however near their points
 */
public record Where(String id, Set<String> lineage, double[] point, String kind, Set<String> areas)
        implements java.io.Serializable {
    private record Size(double radiusKm, boolean specific, boolean divides) {
    }

    private static final Map<String, Size> SIZES = new HashMap<>();

    static {
        for (Tsv.Row r : Tsv.read("newsgraph/resolve/place-kinds.tsv")) {
            SIZES.put(r.require("kind"), new Size(Double.parseDouble(r.require("radius_km")),
                    "yes".equals(r.require("specific")), "yes".equals(r.require("divides"))));
        }
    }

    public Where {
        Objects.requireNonNull(id, "id");
        lineage = Set.copyOf(lineage);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }

    /** A place without known areas. */
    public Where(String id, Set<String> lineage, double[] point, String kind) {
        this(id, lineage, point, kind, Set.of());
    }

    /** Whether places of this kind divide a country without overlap (governorates). */
    public static boolean divides(String kind) {
        Size s = kind == null ? null : SIZES.get(kind.toLowerCase(Locale.ROOT));
        return s != null && s.divides();
    }

    /** Whether the two places lie in different areas of one division (two governorates). */
    public boolean apart(Where o) {
        return !areas.isEmpty() && !o.areas.isEmpty() && areas.stream().noneMatch(o.areas::contains);
    }

    private Size size() {
        Size s = kind == null ? null : SIZES.get(kind.toLowerCase(Locale.ROOT));
        return s != null ? s : SIZES.get("-");
    }

    /** How far the place reaches from its point, in km. */
    public double radiusKm() {
        return size().radiusKm();
    }

    /** Whether it is a place as small as a town: sharing it is strong evidence of one event. */
    public boolean specific() {
        return size().specific();
    }

    /** Great-circle distance in km between the two places' points, or -1 when either has none. */
    public double kilometresTo(Where o) {
        if (point == null || o.point == null) {
            return -1;
        }
        double lat1 = Math.toRadians(point[1]);
        double lat2 = Math.toRadians(o.point[1]);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(o.point[0] - point[0]);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * Whether this place lies within the other: the gazetteer says so, or, for a smaller place, its point is inside
     * the other's reach (Idlib within "northwest Syria", which the gazetteer does not relate).
     */
    public boolean within(Where o) {
        if (lineage.contains(o.id)) {
            return true;
        }
        double km = kilometresTo(o);
        return km >= 0 && radiusKm() < o.radiusKm() && km + radiusKm() / 2 <= o.radiusKm();
    }
}
