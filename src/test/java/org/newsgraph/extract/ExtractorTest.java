package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.model.AgreementMention;
import org.newsgraph.model.ArticleDate;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Statement;

class ExtractorTest {
    private static final Extractor EXTRACTOR = Extractor.builder().build();
    private static final ArticleReader READER = new ArticleReader(Gazetteer.load());
    private static final Map<String, Extraction> CACHE = new ConcurrentHashMap<>();

    @Test
    void heSaidResolvesToPeskov() {
        Statement s = directQuote(seed("001"), "We consider such sorties from Idlib unacceptable");

        assertEquals("peskov", s.speaker().key());
        assertEquals("said", s.cue());
    }

    @Test
    void macronToldPutin() {
        Statement s = directQuote(seed("004"), "I must express our profound worry");

        assertEquals("macron", s.speaker().key());
        assertNotNull(s.addressee(), "no addressee");
        assertEquals("putin", s.addressee().key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void mentionAnchorsAreTheTextAtTheirOffsets(String seed) {
        Extraction x = seed(seed);
        String text = x.article().text();

        assertFalse(x.mentions().isEmpty());
        for (Mention m : x.mentions()) {
            assertEquals(m.anchor(), text.substring(m.span().begin(), m.span().end()), m.entity().key());
        }
        for (Statement s : x.statements()) {
            if (s.direct()) {
                assertEquals(s.quote(), s.quoteSpan().of(text));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void nothingIsExtractedFromBoilerplate(String seed) {
        Extraction x = seed(seed);
        Set<String> boilerplateOnly = Set.of("dpa", "tass", "rt", "moscow-times", "reuters", "press-tv");

        for (Mention m : x.mentions()) {
            assertFalse(boilerplateOnly.contains(m.entity().key()),
                    () -> "mention of " + m.entity().key() + " at '" + m.anchor() + "' " + m.span());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everySeedReferencesTheSochiAgreement(String seed) {
        List<String> keys = seed(seed).agreements().stream().map(a -> a.agreement().key()).toList();

        assertTrue(keys.contains("sochi-2018"), () -> "agreements found: " + keys);
    }

    @Test
    void anArticleWithoutAnyDateCarriesAWarningAndResolvesNoRelativeDate() {
        Extraction x = seed("003");

        assertNull(x.dated());
        assertEquals(List.of("article " + x.article().id() + ": no publication date; relative dates left unresolved"),
                x.warnings());
        assertTrue(x.statements().stream().allMatch(s -> s.date() == null), "no statement may be dated");
    }

    @Test
    void aDatelineDayIsCompletedWithTheYearAfterTheLatestDatedReference() {
        Extraction x = seed("004");

        assertEquals(LocalDate.of(2019, 8, 20), x.dated().date());
        assertFalse(x.dated().stated());
        assertTrue(x.dated().basis().contains("dateline"), x.dated().basis());
        Statement putin = directQuote(x, "We support the efforts");
        assertEquals(LocalDate.of(2019, 8, 19), putin.date().earliest(), "'on Monday' before Tuesday 20 August");
        assertTrue(putin.date().inferred(), "resolved against an inferred date, so inferred too");
        assertTrue(putin.date().confidence() <= x.dated().confidence());
    }

    @Test
    void aStatementWithoutItsOwnTimeTakesTheDateOfTheMeetingItsSpeakersHeld() {
        Statement macron = directQuote(seed("004"), "I must express our profound worry");

        assertEquals(LocalDate.of(2019, 8, 19), macron.date().earliest());
        assertTrue(macron.date().inferred());
    }

    @Test
    void anArticleGivenAnEstimatedDateResolvesAgainstItAndSaysSo() {
        Extraction undated = seed("003");
        Extraction x = EXTRACTOR.extract(undated.article(),
                ArticleDate.inferred(LocalDate.of(2019, 6, 3), 0.7, "test estimate"));

        Statement trump = x.statements().stream().filter(s -> s.speaker().key().equals("trump")).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2019, 6, 2), trump.date().earliest(), "'on Sunday' before Monday 3 June");
        assertTrue(trump.date().inferred());
        assertTrue(x.warnings().get(0).contains("2019-06-03 inferred (test estimate)"), x.warnings().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void agreementAnchorsLieInTheirEvidenceSentence(String seed) {
        Extraction x = seed(seed);
        for (AgreementMention a : x.agreements()) {
            assertEquals(a.anchor(), a.span().of(x.article().text()));
            assertTrue(a.evidence().contains(a.span()), () -> "anchor '" + a.anchor() + "' outside its sentence");
        }
    }

    @Test
    void bufferZoneAgreementIsTheSochiMemorandum() {
        AgreementMention a = seed("003").agreements().stream().filter(m -> m.anchor().contains("buffer zone"))
                .findFirst().orElseThrow(() -> new AssertionError("no buffer zone agreement in seed 003"));

        assertEquals("a buffer zone agreement", a.anchor());
        assertEquals("sochi-2018", a.agreement().key());
    }

    @Test
    void accordingToTheUnitedNationsCreditsTheUn() {
        Statement s = seed("002").statements().stream().filter(st -> "according to".equals(st.cue())).findFirst()
                .orElseThrow();

        assertEquals("un", s.speaker().key());
    }

    @Test
    void quotedFragmentBelongsToTheSubjectThatCalledForIt() {
        Statement s = directQuote(seed("003"), "this butchery");

        assertEquals("trump", s.speaker().key());
    }

    private static Statement directQuote(Extraction x, String words) {
        return x.statements().stream().filter(s -> s.direct() && s.quote().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no direct quote with '" + words + "'"));
    }

    /** The extraction of a seed by its number ("001"), computed once per JVM. */
    private static Extraction seed(String number) {
        return CACHE.computeIfAbsent(number, n -> {
            try {
                Path file = READER.expand(List.of(Path.of("seeds"))).stream()
                        .filter(p -> p.getFileName().toString().startsWith(n + "_")).findFirst().orElseThrow();
                ReadResult r = READER.read(file);
                assertTrue(r.ok(), () -> file + ": " + r.error());
                return EXTRACTOR.extract(r.article());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
