package dev.sitrep.extract;

import dev.sitrep.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks in a text, paragraph by paragraph (a line break ends a paragraph). Curly marks pair as
 * opening and closing; straight marks alternate. Inside an open quote, a mark of the other kind placed as an
 * opening one opens a quote nested in it, which does not end the outer one. A quote still open at the end of its paragraph runs to that end,
 * as news writes a quote over several paragraphs: no closing mark until the last one. Stateless.
 */
public final class QuoteMarks {

    /**
     * A quoted stretch.
     *
     * @param open    offset of the opening mark
     * @param close   offset of the closing mark, or -1 when the quote runs to the end of its paragraph
     * @param content what is inside the marks, without surrounding whitespace
     */
    public record Quoted(int open, int close, Span content) {
    }

    private QuoteMarks() {
    }

    /**
     * Reads two apostrophes {@code ''} (how some archives write a double mark) as a straight mark and two
     * backticks as an opening one, each followed by a space, so offsets stay those of the original.
     */
    private static String normalise(String text) {
        if (text.indexOf("''") < 0 && text.indexOf("``") < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i + 1 < chars.length; i++) {
            if (chars[i] == '\'' && chars[i + 1] == '\'' || chars[i] == '`' && chars[i + 1] == '`') {
                chars[i] = chars[i] == '`' ? '\u201C' : '"';
                chars[i + 1] = ' ';
                i++;
            }
        }
        return new String(chars);
    }

    /** Whether a token is a double quotation mark, however written. */
    public static boolean isQuoteToken(String word) {
        return !word.isEmpty() && isQuoteMark(word.charAt(0)) || word.equals("''") || word.equals("``");
    }

    public static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    public static List<Quoted> find(String original) {
        String text = normalise(original);
        List<Quoted> out = new ArrayList<>();
        int paragraphStart = 0;
        int n = text.length();
        while (paragraphStart < n) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = n;
            }
            pairIn(text, paragraphStart, paragraphEnd, out);
            paragraphStart = paragraphEnd + 1;
        }
        return out;
    }

    private static void pairIn(String text, int from, int to, List<Quoted> out) {
        int open = -1;
        boolean nested = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean closing = c == '\u201D' || c == '\u00BB';
            boolean opening = c == '\u201C' || c == '\u201E' || c == '\u00AB';
            if (c == '"' && open < 0 && inchMark(text, from, i)) {
                continue;
            }
            if (open >= 0 && (c == '"' || opening || closing)) {
                boolean straightOuter = text.charAt(open) == '"';
                boolean otherKind = straightOuter != (c == '"');
                if (nested) {
                    // `"PENCE: ... an episode of “Shark Tank.” But ...`: the inner quote closes, the outer goes on
                    nested = !(otherKind && (c == '"' || closing));
                    continue;
                }
                if (otherKind && (c == '"' || opening) && placedAsOpening(text, i, to)) {
                    nested = true;
                    continue;
                }
            }
            if (c == '"') {
                if (open >= 0) {
                    closing = true;
                } else {
                    opening = true;
                }
            }
            if (opening && open < 0) {
                open = i;
            } else if (opening && looksClosing(text, i, to)) {
                // an opening mark typed where the closing one belongs: `...51 percent.“`
                add(text, open, i, i, out);
                open = -1;
            } else if (opening) {
                // a second opening mark: the first was never closed; restart here
                open = i;
            } else if (closing && open >= 0) {
                add(text, open, i, i, out);
                open = -1;
            }
        }
        if (open >= 0) {
            add(text, open, -1, to, out);
        }
    }

    /** Before a word and after a space, a bracket or the paragraph's start: placed as an opening mark. */
    private static boolean placedAsOpening(String text, int i, int paragraphEnd) {
        boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '\u00A0'
                || "([\u2014".indexOf(text.charAt(i - 1)) >= 0;
        return afterSpace && i + 1 < paragraphEnd && !Character.isWhitespace(text.charAt(i + 1));
    }

    /** A straight mark right after a number, or after feet and an apostrophe (6'3"): inches, not a quote. */
    private static boolean inchMark(String text, int from, int i) {
        int p = i - 1;
        if (p > from && text.charAt(p) == '\'') {
            p--;
        }
        return p >= from && Character.isDigit(text.charAt(p));
    }

    /** After a word or punctuation and before a space, line end or punctuation: placed as a closing mark. */
    private static boolean looksClosing(String text, int i, int paragraphEnd) {
        boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '\u00A0';
        boolean beforeSpace = i + 1 >= paragraphEnd || Character.isWhitespace(text.charAt(i + 1))
                || text.charAt(i + 1) == '\u00A0' || ",.;:".indexOf(text.charAt(i + 1)) >= 0;
        return afterWord && beforeSpace;
    }

    private static void add(String text, int open, int close, int end, List<Quoted> out) {
        int s = open + 1;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Quoted(open, close, new Span(s, e)));
        }
    }
}
