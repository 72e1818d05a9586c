package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * A fast sentence splitter and tokenizer for English news text: knows abbreviations ("U.S.", "Gen."), ellipses
 * inside quotes, and closing quote marks after a full stop.
 */
public final class RuleBasedAnalyzer implements TextAnalyzer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:[A-Z]\\.){2,}|\\d+(?:[.,]\\d+)*|[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*(?:[’']s)?|\\.\\.\\.|--|\\S");
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj",
            "Capt", "Sgt", "St", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "No", "vs", "Rep", "Sen", "Gov", "Pres", "Prof", "Adm", "Brig", "Cmdr", "Inc", "Co", "Corp", "Jr", "Sr",
            "approx", "etc");
    private static final String CLOSERS = "\"'”’)]*";

    @Override
    public AnalyzedText analyze(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int pos = 0;
        for (String para : text.split("\n\n", -1)) {
            int pStart = text.indexOf(para, pos);
            for (Span s : splitParagraph(para, pStart)) {
                for (Span piece : bounded(text, s, tokenize(text, s))) {
                    out.add(new Sentence(out.size(), paragraph, piece, tokenize(text, piece)));
                }
            }
            pos = pStart + para.length();
            paragraph++;
        }
        return new AnalyzedText(text, out);
    }

    /**
     * Splits a paragraph at sentence ends, but not inside a quotation (a quote of several sentences stays with
     * its attribution); when the quote marks do not balance, quotes are ignored.
     */
    private List<Span> splitParagraph(String para, int offset) {
        List<Span> spans = splitParagraph(para, offset, true);
        return spans == null ? splitParagraph(para, offset, false) : spans;
    }

    private List<Span> splitParagraph(String para, int offset, boolean quoteAware) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        int n = para.length();
        boolean inQuote = false;
        for (int i = 0; i < n; i++) {
            char c = para.charAt(i);
            if (quoteAware && (c == '"' || c == '\u201c' || c == '\u201d')) {
                inQuote = c == '\u201c' || c == '"' && !inQuote;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            if (inQuote) {
                int q = i + 1;
                while (q < n && para.charAt(q) == '.') {
                    q++;
                }
                if (q >= n || para.charAt(q) != '"' && para.charAt(q) != '\u201d') {
                    continue;
                }
                inQuote = false;
            }
            int j = i + 1;
            while (j < n && para.charAt(j) == '.') {
                j++;
            }
            while (j < n && CLOSERS.indexOf(para.charAt(j)) >= 0) {
                j++;
            }
            if (j >= n) {
                break;
            }
            // the closing marks just passed are consumed: visiting a closing straight quote again would reopen it
            int resume = j - 1;
            if (!Character.isWhitespace(para.charAt(j))) {
                i = resume;
                continue;
            }
            int k = j;
            while (k < n && Character.isWhitespace(para.charAt(k))) {
                k++;
            }
            if (k >= n || !startsSentence(para.charAt(k)) || isAbbreviation(para, i, k)) {
                i = resume;
                continue;
            }
            spans.add(trim(para, start, j, offset));
            start = k;
            i = k - 1;
        }
        if (quoteAware && inQuote) {
            return null;
        }
        if (start < n) {
            spans.add(trim(para, start, n, offset));
        }
        spans.removeIf(s -> s.length() == 0);
        return spans;
    }

    private static final Pattern NEXT_WORD = Pattern.compile("\\p{L}+");
    /** Words that begin a sentence and never continue a name: after "U.S." they mean the sentence ended. */
    private static final java.util.Set<String> SENTENCE_STARTERS = java.util.Set.of("The", "A", "An", "This", "That",
            "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "But",
            "And", "Or", "So", "Yet", "However", "Meanwhile", "In", "On", "At", "As", "After", "Before", "When", "While",
            "If", "Since", "There", "Earlier", "Later", "Last", "Now", "Then", "According");

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'([".indexOf(c) >= 0;
    }

    /**
     * True when the full stop at {@code dot} belongs to an abbreviation and so does not end the sentence; {@code next}
     * is where the following word starts.
     */
    private static boolean isAbbreviation(String para, int dot, int next) {
        if (para.charAt(dot) != '.') {
            return false;
        }
        int b = dot;
        while (b > 0 && (Character.isLetter(para.charAt(b - 1)) || para.charAt(b - 1) == '.')) {
            b--;
        }
        String word = para.substring(b, dot);
        if (word.matches("(?:[A-Za-z]\\.)+[A-Za-z]")) {
            // "U.S." ends a sentence only when the next word could not continue a name ("U.S. Army")
            Matcher w = NEXT_WORD.matcher(para).region(next, para.length());
            return !(w.lookingAt() && SENTENCE_STARTERS.contains(w.group()));
        }
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    private static Span trim(String para, int from, int to, int offset) {
        while (from < to && Character.isWhitespace(para.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(para.charAt(to - 1))) {
            to--;
        }
        return new Span(offset + from, offset + to);
    }

    /**
     * A sentence of more than {@value #MAX_TOKENS} tokens (a run-on list of a monitor's report, a page without full
     * stops, a hostile input) in pieces of at most that many, each cut after its last comma, semicolon or dash past
     * half the limit, else at the limit: every later stage (tagger, parser, the extractors' walks over a sentence)
     * then costs a bounded amount per piece, so an article costs time linear in its length.
     */
    static List<Span> bounded(String text, Span s, List<Token> tokens) {
        if (tokens.size() <= MAX_TOKENS) {
            return List.of(s);
        }
        List<Span> out = new ArrayList<>();
        int first = 0;
        while (tokens.size() - first > MAX_TOKENS) {
            int cut = first + MAX_TOKENS - 1;
            for (int i = first + MAX_TOKENS - 1; i >= first + MAX_TOKENS / 2; i--) {
                String w = tokens.get(i).text();
                if (w.equals(",") || w.equals(";") || w.equals("—") || w.equals("–") || w.equals(":")) {
                    cut = i;
                    break;
                }
            }
            out.add(new Span(tokens.get(first).begin(), tokens.get(cut).end()));
            first = cut + 1;
        }
        out.add(new Span(tokens.get(first).begin(), s.end()));
        return out;
    }

    /** Longest sentence passed on whole; see {@link #bounded}. */
    static final int MAX_TOKENS = 150;

    static List<Token> tokenize(String text, Span s) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(s.begin(), s.end());
        while (m.find()) {
            tokens.add(new Token(m.group(), new Span(m.start(), m.end()), tokens.size()));
        }
        return tokens;
    }
}
