package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.ingest.ArticleReader;

/**
 * The CoreNLP analyzer against the real models. The models load once per JVM (the pipeline is shared), here in
 * {@link #loadModels()}, which prints the load time; {@link #keepsTheRuleBasedSentencesAndTokensOnEverySeed()}
 * prints the time per seed article.
 */
class CoreNlpAnalyzerTest {
    private static final CoreNlpAnalyzer ANALYZER = new CoreNlpAnalyzer();
    private static List<String> seeds;

    @BeforeAll
    static void loadModels() throws IOException {
        long t0 = System.nanoTime();
        CoreNlpAnalyzer.preload();
        System.out.printf("CoreNLP models loaded in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        ArticleReader reader = new ArticleReader(Gazetteer.load());
        seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(reader.read(f).article().text());
            }
        }
    }

    @Test
    void keepsTheRuleBasedSentencesAndTokensOnEverySeed() {
        RuleBasedAnalyzer rules = new RuleBasedAnalyzer();
        assertEquals(5, seeds.size(), "seed articles");
        long tokens = 0;
        long cpu0 = cpuNanos();
        long wall0 = System.nanoTime();
        for (String text : seeds) {
            AnalyzedText plain = rules.analyze(text);
            AnalyzedText full = ANALYZER.analyze(text);
            assertEquals(plain.sentences().size(), full.sentences().size());
            for (int i = 0; i < plain.sentences().size(); i++) {
                Sentence p = plain.sentences().get(i);
                Sentence f = full.sentences().get(i);
                assertEquals(p.span(), f.span());
                assertEquals(p.paragraph(), f.paragraph());
                assertEquals(p.tokens().stream().map(Token::span).toList(), f.tokens().stream().map(Token::span)
                        .toList());
                assertEquals(p.tokens().stream().map(Token::text).toList(), f.tokens().stream().map(Token::text)
                        .toList());
                assertWellFormedTree(f);
                for (Token t : f.tokens()) {
                    assertTrue(t.isAnalyzed(), "no annotation on '" + t.text() + "' at " + t.span());
                }
                tokens += f.tokens().size();
            }
        }
        System.out.printf("CoreNLP: %d seed articles, %d tokens: %.0f ms per article (CPU %.0f ms), "
                        + "first run in this JVM%n", seeds.size(), tokens,
                (System.nanoTime() - wall0) / 1e6 / seeds.size(), (cpuNanos() - cpu0) / 1e6 / seeds.size());
        long cpu1 = cpuNanos();
        long wall1 = System.nanoTime();
        for (int round = 0; round < 3; round++) {
            seeds.forEach(ANALYZER::analyze);
        }
        System.out.printf("CoreNLP: warm, %.0f ms per article (CPU %.0f ms), %.2f ms CPU per token%n",
                (System.nanoTime() - wall1) / 1e6 / (3 * seeds.size()),
                (cpuNanos() - cpu1) / 1e6 / (3 * seeds.size()), (cpuNanos() - cpu1) / 1e6 / (3 * tokens));
    }

    @Test
    void tagsPartsOfSpeechAndLemmas() {
        Sentence s = sentence("Russia attacked the rebels in Idlib on Monday.");

        assertEquals("NNP", token(s, "Russia").pos());
        assertEquals("VBD", token(s, "attacked").pos());
        assertEquals("attack", token(s, "attacked").lemma());
        assertEquals("NNS", token(s, "rebels").pos());
        assertEquals("rebel", token(s, "rebels").lemma());
        assertEquals("IN", token(s, "in").pos());
        assertEquals(".", token(s, ".").pos());
    }

    @Test
    void findsSubjectAndObjectOfAnActiveVerb() {
        Sentence s = sentence("Russia attacked Idlib.");
        Token verb = token(s, "attacked");

        assertEquals(verb.index(), s.root());
        assertEquals("nsubj", token(s, "Russia").deprel());
        assertEquals(verb, s.head(token(s, "Russia")));
        assertEquals("obj", token(s, "Idlib").deprel());
        assertEquals(List.of(token(s, "Idlib")), s.children(verb.index(), "obj"));
    }

    @Test
    void findsThePassiveSubject() {
        Sentence s = sentence("Turkish soldiers were killed by Syrian shelling.");
        Token killed = token(s, "killed");

        assertEquals("nsubj:pass", token(s, "soldiers").deprel());
        assertEquals(killed.index(), token(s, "soldiers").head());
        assertEquals(token(s, "soldiers"), s.child(killed.index(), "nsubj"), "nsubj matches its subtype nsubj:pass");
        assertEquals("amod", token(s, "Turkish").deprel());
    }

    @Test
    void findsTheAgentOfAPassiveAndItsPhrase() {
        Sentence s = sentence("Two soldiers were killed by the Syrian army in Idlib.");
        Token army = token(s, "army");

        assertEquals(token(s, "killed"), s.head(army));
        assertTrue(army.hasRelation("obl"), army.deprel());
        assertEquals("case", token(s, "by").deprel());
        assertEquals("by the Syrian army", s.subtree(army.index()).of(analyzedText));
    }

    @Test
    void recognisesAPersonAsOneNerRun() {
        Sentence s = sentence("French President Emmanuel Macron spoke to Vladimir Putin in Moscow.");

        assertEquals("PERSON", token(s, "Emmanuel").ner());
        assertEquals("PERSON", token(s, "Macron").ner());
        assertEquals("O", token(s, "spoke").ner());
        assertFalse(token(s, "spoke").isEntity());
        List<String> persons = s.nerSpans().stream().filter(r -> r.tag().equals("PERSON"))
                .map(r -> r.span().of(analyzedText)).toList();
        assertEquals(List.of("Emmanuel Macron", "Vladimir Putin"), persons);
        assertTrue(s.nerSpans().stream().anyMatch(r -> r.tag().equals("LOCATION")
                && r.span().of(analyzedText).equals("Moscow")), s.nerSpans().toString());
    }

    @Test
    void alignsAcrossQuotesHyphensAbbreviationsNumbersAndDashes() {
        Sentence s = sentence("\u201cWe will respond,\u201d the U.S. envoy said \u2014 200,000 people fled "
                + "Russian-backed attacks, Turkey's ministry said.");

        for (Token t : s.tokens()) {
            assertTrue(t.isAnalyzed(), "no annotation on '" + t.text() + "' in " + s.tokens());
        }
        assertWellFormedTree(s);
        assertEquals("NNP", token(s, "U.S.").pos());
        assertEquals("CD", token(s, "200,000").pos());
        assertEquals("people", s.head(token(s, "200,000")).text());
        assertEquals("\u201c", s.tokens().get(0).text());
        assertEquals("``", s.tokens().get(0).pos());
        Token backed = token(s, "Russian-backed");
        assertEquals("attacks", s.head(backed).text(), "the hyphenated word modifies 'attacks'");
        Token turkeys = token(s, "Turkey's");
        assertEquals("NNP", turkeys.pos(), "tags come from 'Turkey', the word at the token's start");
        assertEquals("ministry", s.head(turkeys).text());
        assertEquals("LOCATION", turkeys.ner());
    }

    @Test
    void leavesEmptyAndPunctuationOnlyTextAlone() {
        assertTrue(ANALYZER.analyze("").sentences().stream().allMatch(s -> s.tokens().isEmpty()));
        Sentence s = sentence("...");
        assertTrue(s.tokens().stream().allMatch(Token::isAnalyzed), s.tokens().toString());
        assertEquals(-1, s.tokens().get(0).head());
    }

    @Test
    void keepsHeadsInsideTheirSentenceAcrossAMultiSentenceQuotation() {
        String text = "\"The population in Idlib is living under bombs. It's vital that the ceasefire holds,\" "
                + "Macron told Putin. Putin did not reply.";
        AnalyzedText a = ANALYZER.analyze(text);

        assertEquals(2, a.sentences().size());
        a.sentences().forEach(CoreNlpAnalyzerTest::assertWellFormedTree);
        Sentence first = a.sentences().get(0);
        Token told = first.tokens().stream().filter(t -> t.text().equals("told")).findFirst().orElseThrow();
        assertEquals("Macron", first.child(told.index(), "nsubj").text());
    }

    /** One root, heads inside the sentence, no cycles. */
    private static void assertWellFormedTree(Sentence s) {
        List<Token> roots = s.tokens().stream().filter(Token::isRoot).toList();
        assertEquals(1, roots.size(), "roots of " + s.tokens());
        for (Token t : s.tokens()) {
            assertNotNull(t.deprel(), t.toString());
            assertTrue(t.head() >= -1 && t.head() < s.tokens().size(), t.toString());
            assertFalse(s.governs(t.index(), t.index()), "cycle through " + t);
            if (!t.isRoot()) {
                assertTrue(s.governs(roots.get(0).index(), t.index()), t + " not under the root");
            }
        }
    }

    private String analyzedText;

    private Sentence sentence(String text) {
        analyzedText = text;
        AnalyzedText a = ANALYZER.analyze(text);
        assertEquals(1, a.sentences().size(), "sentences of: " + text);
        return a.sentences().get(0);
    }

    private static Token token(Sentence s, String text) {
        return s.tokens().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + text + "' in " + s.tokens()));
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @Test
    void anArticleOverItsTimeBudgetFailsWithAMessageSayingWhere() {
        CoreNlpAnalyzer strict = new CoreNlpAnalyzer(1);    // one nanosecond: over budget after the first sentence

        ArticleTooSlowException e = org.junit.jupiter.api.Assertions.assertThrows(ArticleTooSlowException.class,
                () -> strict.analyze("Turkey sent troops. Russia sent police. Syria sent tanks."));

        assertTrue(e.getMessage().startsWith("analysis took more than"), e.getMessage());
        assertTrue(e.getMessage().contains("of 3"), e.getMessage());
    }
}
