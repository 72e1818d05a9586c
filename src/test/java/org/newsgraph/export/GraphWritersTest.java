package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The three writers on a small graph with awkward text: well-formed, declared, typed and escaped. */
class GraphWritersTest {
    private static final String NASTY = "Al \"Q\" <&> 'x'\u0001 \uD83D\uDE00 end";
    private static final String CLEANED = "Al \"Q\" <&> 'x'\uFFFD \uD83D\uDE00 end";
    private static final String NMTOKEN = "[\\p{L}\\p{N}._:\\-]+";
    private static final PropertyGraph GRAPH = graph();

    private static PropertyGraph graph() {
        List<PropertyGraph.Interval> day = List.of(new PropertyGraph.Interval("2020-02-17", "2020-02-17"));
        // the speaker is active on two separate spells: three touching days and, after a gap, the statement's day
        var a = new PropertyGraph.Node("entity:a", NASTY, Map.of(Attribute.KIND, "Person"), List.of(
                new PropertyGraph.Interval("2020-02-17", "2020-02-17"), new PropertyGraph.Interval("2020-02-10",
                        "2020-02-11"), new PropertyGraph.Interval("2020-02-12", "2020-02-12")));
        var b = new PropertyGraph.Node("entity:b", "Idlib", Map.of(Attribute.KIND, "Place", Attribute.LATITUDE, 35.9,
                Attribute.LONGITUDE, 36.6), List.of());
        var s1 = new PropertyGraph.Node("statement:1", "A: one", Map.of(Attribute.KIND, "Statement",
                Attribute.QUOTE, NASTY, Attribute.DATE, "2020-02-17"), day);
        var s2 = new PropertyGraph.Node("statement:2", "A: two", Map.of(Attribute.KIND, "Statement"), List.of());
        var i = new PropertyGraph.Node("incident:1", "Attack", Map.of(Attribute.KIND, "Incident", Attribute.KILLED, 5L),
                List.of(new PropertyGraph.Interval("2020-02-10", "2020-02-16")));
        return new PropertyGraph(List.of(a, b, s1, s2, i), List.of(
                edge("e0", "entity:a", "speaker", "statement:1", day),
                edge("e1", "entity:a", "speaker", "statement:2", List.of()),
                edge("e2", "statement:1", "about", "entity:b", day),
                edge("e3", "statement:2", "about", "entity:b", List.of()),
                edge("e4", "incident:1", "location", "entity:b", List.of())));
    }

    private static PropertyGraph.Edge edge(String id, String s, String rel, String t,
            List<PropertyGraph.Interval> when) {
        return new PropertyGraph.Edge(id, s, t, rel, Map.of(Attribute.RELATION, rel), when);
    }

    @Test
    void spellsAreMergedWhenTheyTouchAndKeptApartOtherwise() {
        assertEquals(List.of(new PropertyGraph.Interval("2020-02-10", "2020-02-12"),
                new PropertyGraph.Interval("2020-02-17", "2020-02-17")), GRAPH.nodes().get(0).spells());
        assertEquals(new PropertyGraph.Interval("2020-02-10", "2020-02-17"), GRAPH.nodes().get(0).when());
        assertEquals(List.of(new PropertyGraph.Interval("2020-01-31", null)), PropertyGraph.Interval.spells(List.of(
                new PropertyGraph.Interval("2020-02-01", "2020-02-03"), new PropertyGraph.Interval("2020-01-31", null),
                new PropertyGraph.Interval("2020-03-01", "2020-03-01"))), "an open end swallows what follows");
        assertEquals(List.of(new PropertyGraph.Interval(null, "2020-02-05")), PropertyGraph.Interval.spells(List.of(
                new PropertyGraph.Interval("2020-02-01", "2020-02-03"), new PropertyGraph.Interval(null, "2020-02-05"))));
        assertEquals(List.of(), PropertyGraph.Interval.spells(List.of()));
    }

    @Test
    void graphmlDeclaresEveryKeyAndUsesNmtokenIds() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphMlWriter.write(GRAPH, out);
        Element root = parse(out.toByteArray()).getDocumentElement();
        assertEquals(GraphMlWriter.NS, root.getNamespaceURI());
        assertEquals("graphml", root.getLocalName());
        Map<String, Element> keys = new HashMap<>();
        boolean graphSeen = false;
        for (Element c : children(root)) {
            if (c.getLocalName().equals("key")) {
                assertFalse(graphSeen, "keys come before the graph");
                assertTrue(keys.put(c.getAttribute("id"), c) == null, "duplicate key " + c.getAttribute("id"));
                assertTrue(Set.of("node", "edge").contains(c.getAttribute("for")));
                assertTrue(Set.of("boolean", "int", "long", "float", "double", "string")
                        .contains(c.getAttribute("attr.type")), c.getAttribute("attr.type"));
                assertTrue(c.getAttribute("attr.name").matches(NMTOKEN) && c.getAttribute("id").matches(NMTOKEN));
            } else {
                assertEquals("graph", c.getLocalName());
                assertEquals("directed", c.getAttribute("edgedefault"));
                graphSeen = true;
            }
        }
        Element graph = children(root).get(children(root).size() - 1);
        Set<String> nodes = new HashSet<>();
        Set<String> edges = new HashSet<>();
        Map<String, Map<String, String>> data = new HashMap<>();
        for (Element e : children(graph)) {
            String id = e.getAttribute("id");
            assertTrue(id.matches(NMTOKEN), id);
            if (e.getLocalName().equals("node")) {
                assertTrue(nodes.add(id));
            } else {
                assertEquals("edge", e.getLocalName());
                assertTrue(edges.add(id), "unique edge id " + id);
                assertTrue(nodes.contains(e.getAttribute("source")) && nodes.contains(e.getAttribute("target")));
            }
            for (Element d : children(e)) {
                Element key = keys.get(d.getAttribute("key"));
                assertTrue(key != null && key.getAttribute("for").equals(e.getLocalName()), d.getAttribute("key"));
                data.computeIfAbsent(id, k -> new HashMap<>()).put(key.getAttribute("attr.name"), d.getTextContent());
            }
        }
        assertEquals(5, nodes.size());
        assertEquals(5, edges.size());
        assertEquals(CLEANED, data.get("entity:a").get("label"));
        assertEquals(CLEANED, data.get("statement:1").get("quote"));
        assertEquals("5", data.get("incident:1").get("killed"));
        assertEquals("int", keys.get("killed").getAttribute("attr.type"));
        assertEquals("speaker", data.get("e1").get("label"));
    }

    @Test
    void gexfIsDynamicWithDatedSpellsAndDeclaredAttributes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GexfWriter.write(GRAPH, out);
        Element root = parse(out.toByteArray()).getDocumentElement();
        assertEquals(GexfWriter.NS, root.getNamespaceURI());
        assertEquals("1.3", root.getAttribute("version"));
        Element graph = (Element) root.getElementsByTagNameNS(GexfWriter.NS, "graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("date", graph.getAttribute("timeformat"));
        assertEquals("directed", graph.getAttribute("defaultedgetype"));
        Map<String, Set<String>> declared = new HashMap<>();
        for (Element attrs : elements(graph, "attributes")) {
            Set<String> ids = declared.computeIfAbsent(attrs.getAttribute("class"), k -> new HashSet<>());
            elements(attrs, "attribute").forEach(a -> ids.add(a.getAttribute("id")));
        }
        Map<String, Element> byId = new HashMap<>();
        for (String cls : List.of("node", "edge")) {
            for (Element e : elements(graph, cls)) {
                byId.put(e.getAttribute("id"), e);
                for (Element v : elements(e, "attvalue")) {
                    assertTrue(declared.get(cls).contains(v.getAttribute("for")), cls + " " + v.getAttribute("for"));
                }
                for (String t : List.of("start", "end")) {
                    assertTrue(e.getAttribute(t).isEmpty() || e.getAttribute(t).matches("\\d{4}-\\d{2}-\\d{2}"));
                }
            }
        }
        assertEquals(CLEANED, byId.get("entity:a").getAttribute("label"));
        assertEquals("", byId.get("entity:a").getAttribute("start"), "several spells are no start attribute");
        List<Element> spells = elements(byId.get("entity:a"), "spell");
        assertEquals(List.of("2020-02-10/2020-02-12", "2020-02-17/2020-02-17"), spells.stream()
                .map(e -> e.getAttribute("start") + "/" + e.getAttribute("end")).toList());
        assertEquals("spells", ((Element) spells.get(0).getParentNode()).getLocalName());
        assertEquals("", byId.get("entity:b").getAttribute("start"), "a place in no dated event is always there");
        assertTrue(elements(byId.get("entity:b"), "spell").isEmpty());
        assertEquals("2020-02-10", byId.get("incident:1").getAttribute("start"));
        assertEquals("2020-02-16", byId.get("incident:1").getAttribute("end"));
        assertEquals("2020-02-17", byId.get("e0").getAttribute("start"));
        assertEquals("speaker", byId.get("e0").getAttribute("label"));
    }

    @Test
    void cytoscapeJsonHasElementsWithDataAndTypedValues() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CytoscapeJsonWriter.write(GRAPH, out);
        JsonObject root = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertTrue(root.get("directed").getAsBoolean());
        JsonObject elements = root.getAsJsonObject("elements");
        Set<String> ids = new HashSet<>();
        Map<String, JsonObject> byId = new HashMap<>();
        for (var n : elements.getAsJsonArray("nodes")) {
            JsonObject d = n.getAsJsonObject().getAsJsonObject("data");
            assertTrue(ids.add(d.get("id").getAsString()));
            byId.put(d.get("id").getAsString(), d);
        }
        for (var e : elements.getAsJsonArray("edges")) {
            JsonObject d = e.getAsJsonObject().getAsJsonObject("data");
            assertTrue(ids.contains(d.get("source").getAsString()) && ids.contains(d.get("target").getAsString()));
            assertTrue(ids.add(d.get("id").getAsString()), "element ids are unique across nodes and edges");
        }
        assertEquals(NASTY, byId.get("entity:a").get("name").getAsString());
        assertTrue(byId.get("incident:1").get("killed").getAsJsonPrimitive().isNumber());
        assertEquals(35.9, byId.get("entity:b").get("latitude").getAsDouble());
        assertEquals(5, elements.getAsJsonArray("edges").size());
        assertEquals("2020-02-10", byId.get("entity:a").get("start").getAsString(), "start and end span the spells");
        assertEquals("2020-02-17", byId.get("entity:a").get("end").getAsString());
        assertEquals("[[\"2020-02-10\",\"2020-02-12\"],[\"2020-02-17\",\"2020-02-17\"]]",
                byId.get("entity:a").get("spells").toString());
        assertFalse(byId.get("statement:1").has("spells"), "one interval is start and end only");
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element e) {
        List<Element> out = new java.util.ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el) {
                out.add(el);
            }
        }
        return out;
    }

    private static List<Element> elements(Element e, String name) {
        NodeList list = e.getElementsByTagNameNS(GexfWriter.NS, name);
        List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
