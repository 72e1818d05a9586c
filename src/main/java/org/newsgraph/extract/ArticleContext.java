package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Sentence;

/**
 * One article as the fact extractors see it: text, sentences, mentions, quotes, time expressions, and the
 * discourse lookups they share (what "he", "there" or "the Kremlin spokesman" refers to).
 */
final class ArticleContext {
    final String text;
    final LocalDate published;
    final AnalyzedText doc;
    final List<Mention> mentions;
    final Recognition recognition;
    final List<Quote> quotes;
    final List<DateExpression> dates;
    final Gazetteer gazetteer;

    ArticleContext(AnalyzedText doc, LocalDate published, Recognition recognition, List<Quote> quotes,
                   List<DateExpression> dates, Gazetteer gazetteer) {
        this.text = doc.text();
        this.doc = doc;
        this.published = published;
        this.recognition = recognition;
        this.mentions = recognition.mentions();
        this.quotes = List.copyOf(quotes);
        this.dates = List.copyOf(dates);
        this.gazetteer = gazetteer;
    }

    /** True when a report of this article can speak of the time as past: it starts on or before the article date. */
    boolean notAfterArticle(org.newsgraph.model.TimeValue v) {
        return published == null || !v.earliest().isAfter(published);
    }

    List<Mention> mentionsIn(Span s) {
        return mentions.stream().filter(m -> s.contains(m.span())).toList();
    }

    List<Quote> quotesIn(Span s) {
        return quotes.stream().filter(q -> s.contains(q.inner())).toList();
    }

    List<DateExpression> datesIn(Span s) {
        return dates.stream().filter(d -> s.contains(d.span()) && !inQuote(d.span().begin())).toList();
    }

    /**
     * True inside a full quotation (a clause of four or more words), not a quoted fragment: the reporter's scare
     * quotes ("Turkey has 'neutralized' 595 terrorists") keep an event word the reporter's own.
     */
    boolean inFullQuote(int offset) {
        for (Quote q : quotes) {
            if (q.isFull() && q.outer().contains(offset)) {
                return true;
            }
        }
        return false;
    }

    boolean inQuote(int offset) {
        for (Quote q : quotes) {
            if (q.outer().contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /** The last mention ending at or before an offset that satisfies a test and is not inside a quotation. */
    Mention lastMentionBefore(int offset, Predicate<Mention> test) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.span().end() > offset) {
                break;
            }
            if (test.test(m) && !inQuote(m.span().begin())) {
                best = m;
            }
        }
        return best;
    }

    /** The place the text was last talking about before an offset (for "there", "the region"). */
    Entity lastPlaceBefore(int offset) {
        Mention m = lastMentionBefore(offset, x -> x.entity().type() == EntityType.PLACE);
        return m == null ? null : m.entity();
    }

    /**
     * The place the article has been about so far (the most mentioned before an offset, the latest on a tie), for
     * an incident whose sentence names none ("there", "the region", or nothing at all).
     */
    Entity salientPlaceBefore(int offset, java.util.Set<Entity> excluded) {
        java.util.Map<Entity, Integer> counts = new java.util.HashMap<>();
        Entity best = null;
        for (Mention m : mentions) {
            if (m.span().end() > offset) {
                break;
            }
            if (m.entity().type() == EntityType.PLACE && !inQuote(m.span().begin()) && !excluded.contains(m.entity())) {
                int c = counts.merge(m.entity(), 1, Integer::sum);
                // ties go to the place named first: the lead sets the scene, later places are often venues
                if (best == null || c > counts.get(best)) {
                    best = m.entity();
                }
            }
        }
        return best;
    }

    /** A person named by a role description ("Kremlin spokesman"), from this article first, then the gazetteer. */
    Entity personForRole(String role) {
        String r = role.toLowerCase(Locale.ROOT).strip();
        Entity e = recognition.roles().get(r);
        return e != null ? e : gazetteer.personForRole(r);
    }

    Sentence sentenceOf(int offset) {
        return doc.sentenceAt(offset);
    }

    String cover(Span s) {
        return s.of(text);
    }
}
