package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;

class EntityIdentityTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final EntityIdentity IDENTITY = new EntityIdentity(GAZETTEER);

    private static Entity found(String name, EntityType type) {
        return Entity.discovered(Entity.keyFor(name), type, name);
    }

    @Test
    void namesSpelledWithAndWithoutDiacriticsAreOneKey() {
        assertEquals("kemal-kilicdaroglu", Entity.keyFor("Kemal Kılıçdaroğlu"), "the dotless ı is an i");
        assertEquals(Entity.keyFor("Kemal Kilicdaroglu"), Entity.keyFor("Kemal Kılıçdaroğlu"));
        assertEquals("semih-yalcin", Entity.keyFor("Semih Yalçın"));
        assertEquals("x", Entity.keyFor("—"));
    }

    @Test
    void aSpellingTheGazetteerLacksIsTheGazetteerEntityWhenTheFoldedNamesAgree() {
        // the gazetteer lists "Mevlut Cavusoglu" and "Mevlüt Çavuşoğlu", not this mixed spelling
        Entity mixed = found("Mevlüt Cavusoglu", EntityType.PERSON);
        assertEquals("cavusoglu", IDENTITY.canonical(mixed).key());
        Entity stranger = found("Saji Taama", EntityType.PERSON);
        assertSame(stranger, IDENTITY.canonical(stranger), "a name the gazetteer lacks keeps its own node");
        Entity wrongKind = found("Mevlut Cavusoglu", EntityType.PLACE);
        assertSame(wrongKind, IDENTITY.canonical(wrongKind), "a place is never a person");
    }

    @Test
    void theWholeExtractionIsRekeyedAndDuplicatesCollapse() {
        Article a = new Article("a", "a.txt", null, null, null, List.of(), null, null, null,
                "Mevlüt Cavusoglu met Saji Taama.", "hash");
        Entity mixed = found("Mevlüt Cavusoglu", EntityType.PERSON);
        Extraction x = new Extraction(a, List.of(new Mention(mixed, "Mevlüt Cavusoglu", new Span(0, 16), null, null,
                0.7)), List.of(), List.of(), List.of(), List.of(new org.newsgraph.model.Meeting("talks", "met",
                new Span(17, 20), List.of(mixed, GAZETTEER.byKey("cavusoglu").orElseThrow(),
                found("Saji Taama", EntityType.PERSON)), null, null, new Span(0, 32), 0.7)), List.of(), null);
        Extraction r = IDENTITY.resolve(x);
        assertEquals("cavusoglu", r.mentions().get(0).entity().key());
        assertEquals(List.of("cavusoglu", "saji-taama"), r.meetings().get(0).participants().stream().map(Entity::key)
                .toList(), "two spellings of one man are one participant");
    }
}
