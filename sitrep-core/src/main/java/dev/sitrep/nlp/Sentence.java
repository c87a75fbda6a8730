package dev.sitrep.nlp;

import dev.sitrep.model.Span;

/**
 * A sentence: a contiguous run of tokens.
 *
 * @param index      position in the document
 * @param firstToken index of its first token
 * @param endToken   index after its last token
 * @param span       character offsets from the first token's start to the last token's end
 */
public record Sentence(int index, int firstToken, int endToken, Span span) {

    public int size() {
        return endToken - firstToken;
    }
}
