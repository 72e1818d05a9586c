package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;

/** The index that the store writes and the one that {@code fuseki-config/newsgraph.ttl} reads are the same. */
class SearchIndexTest {
    private static final Model CONFIG = RDFDataMgr.loadModel(Path.of("fuseki-config", "newsgraph.ttl").toString());

    static {
        JenaSystem.init();
    }

    private static Map<String, String> fields(EntityDefinition def) {
        Map<String, String> m = new TreeMap<>();
        def.fields().forEach(f -> def.getPredicates(f).forEach(p -> m.put(f, p.getURI())));
        return m;
    }

    @Test
    void configFileDeclaresTheEntityMapTheStoreWrites() {
        Resource map = CONFIG.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type, TextVocab.entityMap)
                .toList().get(0);
        EntityDefinition fromConfig = (EntityDefinition) Assembler.general().open(map);
        EntityDefinition fromCode = SearchIndex.definition();
        assertEquals(fields(fromCode), fields(fromConfig));
        assertEquals(fromCode.getPrimaryField(), fromConfig.getPrimaryField());
        assertEquals(fromCode.getEntityField(), fromConfig.getEntityField());
        assertEquals(fromCode.getGraphField(), fromConfig.getGraphField());
        assertEquals(fromCode.getUidField(), fromConfig.getUidField());
    }

    @Test
    void configFileDeclaresTheAnalyzerTheStoreWrites() {
        Resource index = CONFIG.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type, TextVocab.textIndexLucene)
                .toList().get(0);
        Resource analyzer = index.getPropertyResourceValue(TextVocab.pAnalyzer);
        assertEquals(TextVocab.NS + SearchIndex.TOKENIZER, analyzer.getPropertyResourceValue(TextVocab.pTokenizer).getURI());
        List<String> filters = new ArrayList<>();
        for (RDFNode n : analyzer.getPropertyResourceValue(TextVocab.pFilters).as(org.apache.jena.rdf.model.RDFList.class)
                .asJavaList()) {
            filters.add(n.asResource().getURI());
        }
        assertEquals(SearchIndex.FILTERS.stream().map(f -> TextVocab.NS + f).toList(), filters);
    }

    @Test
    void configFileKeepsTheIndexInsideTheStore() {
        String store = CONFIG.listObjectsOfProperty(CONFIG.createProperty("http://jena.apache.org/2016/tdb#location"))
                .next().asLiteral().getString();
        String text = CONFIG.listObjectsOfProperty(TextVocab.pDirectory).next().asLiteral().getString();
        assertEquals(SearchIndex.location(Path.of(store)), Path.of(text));
    }
}
