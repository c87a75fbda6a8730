package dev.sitrep.nlp;

import dev.sitrep.model.Span;
import java.util.List;

/**
 * A text with its tokens and sentences: everything Sitrep's extractors read from CoreNLP, converted to plain
 * records. Immutable and safe to share.
 */
public final class NlpDocument {

    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;

    public NlpDocument(String text, List<Token> tokens, List<Sentence> sentences) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    public Sentence sentenceOf(Token token) {
        return sentences.get(token.sentence());
    }

    /** Index of the first token that ends after {@code offset}, or {@code tokens().size()}. */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Tokens lying wholly inside {@code span}, as a view. */
    public List<Token> tokensIn(Span span) {
        int from = tokenAtOrAfter(span.start());
        while (from < tokens.size() && tokens.get(from).start() < span.start()) {
            from++;
        }
        int to = from;
        while (to < tokens.size() && tokens.get(to).end() <= span.end()) {
            to++;
        }
        return tokens.subList(from, to);
    }

    /** The sentence containing the character at {@code offset}, or the nearest one before it. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return sentences.isEmpty() ? null : sentences.get(found);
    }

    public String textOf(Span span) {
        return span.of(text);
    }
}
