package dev.sitrep.nlp;

/**
 * How the CoreNLP adapter is set up. Validated on construction.
 *
 * @param maxSentenceTokens sentences longer than this are cut into pieces before tagging, so that one run-on
 *                          "sentence" of thousands of words costs linear time and bounded memory
 * @param numericEntities   whether CoreNLP tags MONEY, PERCENT, NUMBER, DATE (used by commitments); costs a little
 */
public record NlpSettings(int maxSentenceTokens, boolean numericEntities) {

    public NlpSettings {
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 10, was " + maxSentenceTokens);
        }
    }

    public static NlpSettings defaults() {
        return new NlpSettings(150, true);
    }
}
