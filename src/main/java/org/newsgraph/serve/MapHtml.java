package org.newsgraph.serve;

import static org.newsgraph.serve.LandingHtml.esc;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The map: places with coordinates, and the incidents located at them (a circle per place, its size by the number
 * of incidents, its colour by their most frequent type), over country outlines shipped with the project (Natural
 * Earth 1:50m, {@code newsgraph/map/outlines.tsv}, made by {@code tools/make-map-outlines.py}), so it works with no
 * network. Filtered by date range and incident type through a GET form. With scripts, a Leaflet map
 * ({@code /assets/map.js}) shows the same circles over the same outlines, zooms and pans, and offers OpenStreetMap
 * tiles in its layer menu for a browser that is online (off by default: the page loads nothing from elsewhere unless
 * asked). Without scripts, the page draws the map as inline SVG (equirectangular, the longitude scaled by the cosine
 * of the middle latitude); a circle links to the timeline of its place's incidents, a dot to the place's page.
 * Call inside a read transaction.
 */
final class MapHtml {
    private static final Pattern POINT = Pattern.compile("POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** The view when nothing is located: Syria and its borders. */
    private static final double[] DEFAULT_BOX = {34.5, 31.8, 43.0, 38.0};
    private static final int WIDTH = 900;
    private static final Map<String, String> COLOURS = Map.of("Attack", "#b3261e", "Offensive", "#d35400",
            "TerritorialControl", "#6a1b9a", "Displacement", "#1f5fa8", "Deployment", "#2e7d32");
    /** Online tiles, off until the analyst switches them on in the layer menu. */
    static final String TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    private static final String TILES_ATTRIBUTION = "&copy; <a href=\"https://www.openstreetmap.org/copyright\">"
            + "OpenStreetMap</a> contributors";
    private static final Gson GSON = new Gson();
    private static volatile List<Outline> outlines;

    private final DatasetGraph ds;
    private final String from;
    private final String to;
    private final String type;
    private final StringBuilder out = new StringBuilder(65_536);

    private record Outline(String country, double[] lon, double[] lat) {
    }

    private record Place(Node node, String label, double lon, double lat) {
    }

    MapHtml(DatasetGraph ds, String from, String to, String type) {
        this.ds = ds;
        this.from = from != null && DATE.matcher(from.strip()).matches() ? from.strip() : null;
        this.to = to != null && DATE.matcher(to.strip()).matches() ? to.strip() : null;
        this.type = type != null && type.matches("[A-Za-z]{1,40}") ? type : null;
    }

    String render() {
        Pages.open(out, "Map", CSS, "", "<link rel=\"stylesheet\" href=\"/assets/leaflet/leaflet.css\">");
        out.append("<h1>Map</h1>\n");
        Map<String, Place> places = places();
        Map<String, Map<String, Integer>> incidents = incidents();
        form();
        // the slippy map (Leaflet, drawn by /assets/map.js from the data below) replaces the drawing under it when
        // scripts run; without them the drawing is the map
        out.append("<div id=\"leaflet-map\" class=\"leaflet-map\" hidden></div>\n")
                .append("<script type=\"application/json\" id=\"map-data\">").append(data(places, incidents))
                .append("</script>\n<div id=\"svg-map\">");
        svg(places, incidents);
        out.append("</div>\n");
        legend();
        table(places, incidents);
        out.append("<script src=\"/assets/leaflet/leaflet.js\"></script><script src=\"/assets/map.js\"></script>\n")
                .append("</main></body></html>\n");
        return out.toString();
    }

    /**
     * What the slippy map shows, as JSON for {@code /assets/map.js}: the box to fit, the type colours, and per
     * place its label, coordinates, page, incidents by type and their timeline. Gson escapes {@code <} and
     * {@code &}, so no text from the store can end the script element.
     */
    private String data(Map<String, Place> places, Map<String, Map<String, Integer>> incidents) {
        JsonObject root = new JsonObject();
        JsonArray box = new JsonArray();
        for (double v : box(places, incidents)) {
            box.add(v);
        }
        root.add("box", box);
        JsonObject colours = new JsonObject();
        new TreeMap<>(COLOURS).forEach(colours::addProperty);
        root.add("colours", colours);
        root.addProperty("tiles", TILES);
        root.addProperty("attribution", TILES_ATTRIBUTION);
        JsonArray list = new JsonArray();
        for (Place p : places.values()) {
            JsonObject o = new JsonObject();
            o.addProperty("label", p.label());
            o.addProperty("lat", p.lat());
            o.addProperty("lon", p.lon());
            o.addProperty("href", ResourceHtml.href(p.node()));
            Map<String, Integer> byType = incidents.get(p.node().getURI());
            if (byType != null) {
                JsonObject t = new JsonObject();
                byType.forEach(t::addProperty);
                o.add("incidents", t);
                o.addProperty("timeline", incidentsAt(p));
            }
            list.add(o);
        }
        root.add("places", list);
        return GSON.toJson(root);
    }

    /** The outlines as a GeoJSON FeatureCollection of polygons, for the slippy map's offline base layer. */
    static byte[] outlinesGeoJson() {
        JsonArray features = new JsonArray();
        for (Outline o : outlines()) {
            JsonArray ring = new JsonArray();
            for (int i = 0; i <= o.lon().length; i++) {
                int k = i % o.lon().length; // GeoJSON rings end where they start
                JsonArray pt = new JsonArray();
                pt.add(o.lon()[k]);
                pt.add(o.lat()[k]);
                ring.add(pt);
            }
            JsonArray rings = new JsonArray();
            rings.add(ring);
            JsonObject geometry = new JsonObject();
            geometry.addProperty("type", "Polygon");
            geometry.add("coordinates", rings);
            JsonObject props = new JsonObject();
            props.addProperty("name", o.country());
            JsonObject f = new JsonObject();
            f.addProperty("type", "Feature");
            f.add("properties", props);
            f.add("geometry", geometry);
            features.add(f);
        }
        JsonObject fc = new JsonObject();
        fc.addProperty("type", "FeatureCollection");
        fc.add("features", features);
        return GSON.toJson(fc).getBytes(StandardCharsets.UTF_8);
    }

    private void form() {
        out.append("<form class=\"filters\" method=\"get\" action=\"/map\"><label>From <input name=\"from\" "
                + "placeholder=\"2019-01-01\" size=\"10\" value=\"").append(esc(from == null ? "" : from))
                .append("\"></label> <label>to <input name=\"to\" placeholder=\"2020-12-31\" size=\"10\" value=\"")
                .append(esc(to == null ? "" : to)).append("\"></label> <label>Incident type <select name=\"type\">")
                .append("<option value=\"\">all</option>");
        for (String t : new TreeSet<>(COLOURS.keySet())) {
            out.append("<option").append(t.equals(type) ? " selected" : "").append(">").append(t).append("</option>");
        }
        out.append("</select></label> <button type=\"submit\">Show</button></form>\n");
    }

    /** Places with coordinates, by IRI. */
    private Map<String, Place> places() {
        Map<String, Place> out = new LinkedHashMap<>();
        for (Binding b : select("SELECT ?p ?l ?wkt WHERE { ?p a ng:Place ; rdfs:label ?l ; "
                + "geo:hasGeometry/geo:asWKT ?wkt }")) {
            Matcher m = POINT.matcher(b.get("wkt").getLiteralLexicalForm());
            if (m.find()) {
                out.putIfAbsent(b.get("p").getURI(), new Place(b.get("p"), b.get("l").getLiteralLexicalForm(),
                        Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
            }
        }
        return out;
    }

    /**
     * Events in the filters, counted by place and type: five outlets' reports of one strike are one event, at the
     * narrowest place they give (an incident not fused yet, in a store written before fusion, counts as itself).
     */
    private Map<String, Map<String, Integer>> incidents() {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (Binding b : select("SELECT DISTINCT ?i ?t ?p ?d ?e WHERE { { ?i a ng:Event } UNION { ?i a ng:Incident "
                + "FILTER NOT EXISTS { ?i ng:reportOf ?any } } ?i ng:incidentType ?t ; ng:location ?p "
                + "OPTIONAL { ?i ng:date ?d } OPTIONAL { ?i ng:dateEarliest ?e } }")) {
            String t = b.get("t").getURI().substring(b.get("t").getURI().indexOf('#') + 1);
            Node d = b.get("d") != null ? b.get("d") : b.get("e");
            String date = d == null ? null : d.getLiteralLexicalForm();
            if (type != null && !type.equals(t)
                    || (from != null || to != null) && date == null
                    || from != null && date != null && date.compareTo(from) < 0
                    || to != null && date != null && date.substring(0, Math.min(date.length(), to.length()))
                    .compareTo(to) > 0) {
                continue;
            }
            out.computeIfAbsent(b.get("p").getURI(), k -> new TreeMap<>()).merge(t, 1, Integer::sum);
        }
        return out;
    }

    private void svg(Map<String, Place> places, Map<String, Map<String, Integer>> incidents) {
        double[] box = box(places, incidents);
        double midLat = (box[1] + box[3]) / 2;
        double kx = Math.cos(Math.toRadians(midLat));
        double w = (box[2] - box[0]) * kx;
        double h = box[3] - box[1];
        int height = (int) Math.round(WIDTH * h / w);
        double scale = WIDTH / w;
        out.append("<svg class=\"map\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"map of places and incidents\">");
        out.append("<rect width=\"100%\" height=\"100%\" class=\"sea\"/>");
        for (Outline o : outlines()) {
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < o.lon().length; i++) {
                double x = (o.lon()[i] - box[0]) * kx * scale;
                double y = (box[3] - o.lat()[i]) * scale;
                d.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
            }
            out.append("<path class=\"land\" d=\"").append(d).append("Z\"><title>").append(esc(o.country()))
                    .append("</title></path>");
        }
        for (Place p : places.values()) {
            if (incidents.containsKey(p.node().getURI())) {
                continue;
            }
            double x = (p.lon() - box[0]) * kx * scale;
            double y = (box[3] - p.lat()) * scale;
            out.append(String.format(Locale.ROOT, "<a href=\"%s\"><circle class=\"place\" cx=\"%.1f\" cy=\"%.1f\" "
                    + "r=\"3\"><title>%s</title></circle></a>", esc(ResourceHtml.href(p.node())), x, y,
                    esc(p.label())));
        }
        int most = incidents.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(1);
        for (Map.Entry<String, Map<String, Integer>> e : incidents.entrySet()) {
            Place p = places.get(e.getKey());
            if (p == null) {
                continue;
            }
            int n = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            String main = e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            double x = (p.lon() - box[0]) * kx * scale;
            double y = (box[3] - p.lat()) * scale;
            out.append(String.format(Locale.ROOT, "<a href=\"%s\"><circle class=\"inc\" cx=\"%.1f\" cy=\"%.1f\" "
                            + "r=\"%.1f\" fill=\"%s\"><title>%s: %s</title></circle><text x=\"%.1f\" y=\"%.1f\">%s"
                            + "</text></a>", esc(incidentsAt(p)), x, y, radius(n, most),
                    COLOURS.getOrDefault(main, "#555"), esc(p.label()), esc(e.getValue().toString()),
                    x + 3 + radius(n, most), y + 4, esc(p.label())));
        }
        out.append("</svg>");
    }

    private void legend() {
        out.append("<p class=\"legend\">");
        new TreeMap<>(COLOURS).forEach((t, c) -> out.append("<span style=\"color:").append(c).append("\">&#9679; ")
                .append(t).append("</span> "));
        out.append("<span class=\"note\">&middot; circle size: number of events at the place (the reports of one "
                + "event, by however many outlets, count once); grey dots: other "
                + "places named; outlines: Natural Earth, shipped with newsgraph (no network needed); OpenStreetMap "
                + "tiles can be switched on in the map's layer menu when the browser is online</span></p>\n");
    }

    /** The box to show: every place of the region named in the store, with a margin, at least 4 by 3 degrees. */
    private static double[] box(Map<String, Place> places, Map<String, Map<String, Integer>> incidents) {
        List<Place> shown = new ArrayList<>(places.values());
        // places far outside the region (Washington, Geneva) would shrink Syria to a dot
        shown.removeIf(p -> p.lon() < 20 || p.lon() > 56 || p.lat() < 24 || p.lat() > 46);
        if (shown.isEmpty()) {
            return DEFAULT_BOX.clone();
        }
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Place p : shown) {
            b[0] = Math.min(b[0], p.lon());
            b[1] = Math.min(b[1], p.lat());
            b[2] = Math.max(b[2], p.lon());
            b[3] = Math.max(b[3], p.lat());
        }
        double cx = (b[0] + b[2]) / 2;
        double cy = (b[1] + b[3]) / 2;
        double halfW = Math.max(2.0, (b[2] - b[0]) * 0.6);
        double halfH = Math.max(1.5, (b[3] - b[1]) * 0.6);
        return new double[] {cx - halfW, cy - halfH, cx + halfW, cy + halfH};
    }

    /** The timeline of the incidents at a place, in the map's filters. */
    private String incidentsAt(Place p) {
        String enc = java.net.URLEncoder.encode(p.node().getURI().substring(org.newsgraph.rdf.Ids.NS.length()),
                StandardCharsets.UTF_8);
        return "/timeline?kind=Incident&place=" + enc;
    }

    /** A circle's radius: by area, from 5 for one incident to 30 for the place with the most. */
    private static double radius(int n, int most) {
        return 5 + 25 * Math.sqrt((n - 1) / (double) Math.max(1, most - 1));
    }

    private void table(Map<String, Place> places, Map<String, Map<String, Integer>> incidents) {
        if (incidents.isEmpty()) {
            out.append("<p>No located incident in this selection.</p>");
            return;
        }
        out.append("<h2>Events by place</h2><table><tr><th>place</th><th>events</th></tr>\n");
        ResourceHtml page = new ResourceHtml(ds, null);
        incidents.forEach((iri, byType) -> {
            Place p = places.get(iri);
            out.append("<tr><td>").append(p == null ? esc(iri) + " (no coordinates)" : page.link(p.node()))
                    .append("</td><td>").append(esc(byType.toString().replaceAll("[{}]", ""))).append("</td></tr>\n");
        });
        out.append("</table>\n");
    }

    private List<Binding> select(String body) {
        return Pages.select(ds, body);
    }

    private static List<Outline> outlines() {
        List<Outline> o = outlines;
        if (o == null) {
            o = loadOutlines();
            outlines = o;
        }
        return o;
    }

    private static List<Outline> loadOutlines() {
        List<Outline> list = new ArrayList<>();
        InputStream in = MapHtml.class.getClassLoader().getResourceAsStream("newsgraph/map/outlines.tsv");
        if (in == null) {
            return list;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                String[] pts = line.substring(tab + 1).split(" ");
                double[] lon = new double[pts.length];
                double[] lat = new double[pts.length];
                for (int i = 0; i < pts.length; i++) {
                    int comma = pts[i].indexOf(',');
                    lon[i] = Double.parseDouble(pts[i].substring(0, comma));
                    lat[i] = Double.parseDouble(pts[i].substring(comma + 1));
                }
                list.add(new Outline(line.substring(0, tab), lon, lat));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the map outlines: " + e.getMessage(), e);
        }
        return list;
    }

    private static final String CSS = """
            svg.map{width:100%;background:#dfe9f3;box-shadow:0 1px 2px #0001;display:block}
            svg.map rect.sea{fill:#dfe9f3}
            svg.map path.land{fill:#f3f1ea;stroke:#b9b2a0;stroke-width:.8}
            svg.map circle.place{fill:#8a8f99}
            svg.map circle.inc{fill-opacity:.75;stroke:#fff;stroke-width:1}
            svg.map text{font-size:11px;fill:#1d2330;paint-order:stroke;stroke:#fff;stroke-width:3px}
            .leaflet-map{height:70vh;min-height:420px;background:#dfe9f3;box-shadow:0 1px 2px #0001}
            .leaflet-map .leaflet-tooltip{font-size:11px}
            .leaflet-popup-content ul{margin:.3em 0;padding-left:1.2em}
            """;
}
