package dev.sitrep.nlp;

import dev.sitrep.model.Span;

/**
 * One token of an analysed text.
 *
 * @param index    position in the document's token list
 * @param sentence index of the sentence it belongs to
 * @param span     character offsets into the text
 * @param word     the characters of the token as written
 * @param lemma    base form, lower case for ordinary words
 * @param pos      Penn Treebank part-of-speech tag
 * @param ner      CoreNLP's coarse named-entity tag (PERSON, ORGANIZATION, LOCATION, MISC, MONEY, ...) or "O"
 */
public record Token(int index, int sentence, Span span, String word, String lemma, String pos, String ner) {

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public boolean isCapitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /** A verb with tense or a modal (VBD, VBZ, VBP, MD): the verb of a clause, not a participle or infinitive. */
    public boolean isFiniteVerb() {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    public boolean isPunctuation() {
        return !word.isEmpty() && !Character.isLetterOrDigit(word.charAt(0));
    }

    public boolean hasNer() {
        return !"O".equals(ner);
    }

    @Override
    public String toString() {
        return word + "/" + pos + (hasNer() ? "/" + ner : "");
    }
}
