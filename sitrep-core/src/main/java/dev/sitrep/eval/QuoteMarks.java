package dev.sitrep.eval;

import dev.sitrep.model.Span;
import java.util.BitSet;
import java.util.List;

/**
 * Which characters of an article lie inside quotation marks, and whether a piece of text is a direct quote.
 *
 * <p>The rule, applied to each paragraph (a line of the text) on its own, left to right:
 * <ul>
 *   <li>an opening curly mark {@code “} opens a quote that the next closing curly mark {@code ”} closes;</li>
 *   <li>a straight mark {@code "} opens a quote that the next straight mark {@code "} closes;</li>
 *   <li>inside an open quote, a mark of the other kind placed as an opening mark (after a space, before a word)
 *       opens a quote nested in it, which the next mark of that kind closes; placed otherwise, it closes the open
 *       quote, as when a writer types {@code “...," he said}; outside a quote a stray {@code ”} is ignored;</li>
 *   <li>a quote still open at the end of its paragraph closes there: news writing opens each paragraph of a
 *       multi-paragraph quote again and closes only the last one;</li>
 *   <li>single marks ({@code ‘ ’ '}) are not quotation marks: they double as apostrophes; but two apostrophes
 *       {@code ''} are one straight double mark, as some archives write it.</li>
 * </ul>
 * The characters between a pair are inside; the marks themselves are not.
 *
 * <p>A span list is a <em>direct</em> quote when at least {@value #DIRECT_PERCENT}% of its countable
 * characters are inside; countable means neither white space nor punctuation (letters, digits and symbols such
 * as {@code $} count). Content with no countable character is not direct.
 */
public final class QuoteMarks {

    /** Share of countable characters, in percent, that must lie inside quote marks for a direct quote. */
    public static final int DIRECT_PERCENT = 80;

    private final BitSet inside;
    private final String text;

    private QuoteMarks(String text, BitSet inside) {
        this.text = text;
        this.inside = inside;
    }

    /** Finds the quotation-mark pairs of {@code text}. */
    public static QuoteMarks of(String original) {
        String text = twoApostrophesAsQuote(original);
        BitSet inside = new BitSet(text.length());
        char kind = 0;
        boolean nested = false;
        int openedAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (kind != 0) {
                    inside.set(openedAt + 1, i);
                    kind = 0;
                }
            } else if (kind == 0) {
                if (c == '“' || c == '"') {
                    kind = c;
                    nested = false;
                    openedAt = i;
                }
            } else if (isMark(c)) {
                boolean other = kind == '“' ? c == '"' : c == '“' || c == '”';
                if (!other) {
                    if (c != '“') {
                        inside.set(openedAt + 1, i);
                        kind = 0;
                    }
                } else if (nested) {
                    nested = false;
                } else if (c != '”' && opens(text, i)) {
                    nested = true;
                } else if (c != '“') {
                    // the other kind of mark where the closing one belongs: `“...," he said`, a typing slip
                    inside.set(openedAt + 1, i);
                    kind = 0;
                }
            }
        }
        if (kind != 0) {
            inside.set(openedAt + 1, text.length());
        }
        return new QuoteMarks(original, inside);
    }

    private static boolean isMark(char c) {
        return c == '“' || c == '”' || c == '"';
    }

    /** Placed as an opening mark: at the start or after a space or bracket, and before a word. */
    private static boolean opens(String text, int i) {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                || "([{\u2014-".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    /**
     * Some archives (the New York Times' among them) write a double quotation mark as two apostrophes,
     * {@code ''}: read each such pair as one straight mark followed by a space.
     */
    static String twoApostrophesAsQuote(String text) {
        if (text.indexOf("''") < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i + 1 < chars.length; i++) {
            if (chars[i] == '\'' && chars[i + 1] == '\'') {
                chars[i] = '"';
                chars[i + 1] = ' ';
                i++;
            }
        }
        return new String(chars);
    }

    /** Whether the character at {@code offset} lies between a pair of quotation marks. */
    public boolean inside(int offset) {
        return inside.get(offset);
    }

    /**
     * Share of the countable characters of {@code spans} that lie inside quotation marks, each character counted
     * once even where spans overlap; 0 when there is no countable character.
     */
    public double quotedShare(List<Span> spans) {
        int[] counts = count(spans);
        return counts[1] == 0 ? 0 : (double) counts[0] / counts[1];
    }

    /** Whether {@code spans} form a direct quote: see the class comment. */
    public boolean isDirect(List<Span> spans) {
        int[] counts = count(spans);
        return counts[1] > 0 && counts[0] * 100L >= counts[1] * (long) DIRECT_PERCENT;
    }

    /** {inside, all} countable characters of the union of {@code spans}. */
    private int[] count(List<Span> spans) {
        int quoted = 0;
        int all = 0;
        for (Span s : GoldAttribution.union(spans)) {
            for (int i = s.start(); i < s.end() && i < text.length(); i++) {
                if (countable(text.charAt(i))) {
                    all++;
                    if (inside.get(i)) {
                        quoted++;
                    }
                }
            }
        }
        return new int[] {quoted, all};
    }

    /** Neither white space nor punctuation. */
    static boolean countable(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> false;
            default -> true;
        };
    }
}
