package dev.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When CoreNLP's tagger runs out of memory it skips the sentence, and the lemmatizer then fails on a token with no
 * tag. The annotator counts such tokens to say that memory, not the text, is the cause.
 */
class UntaggedTokensTest {

    private static CoreLabel token(String word, String tag) {
        CoreLabel t = new CoreLabel();
        t.setWord(word);
        if (tag != null) {
            t.setTag(tag);
        }
        return t;
    }

    @Test
    void countsTheTokensATaggerSkipped() {
        Annotation a = new Annotation("Ministers met. Talks failed.");
        a.set(CoreAnnotations.TokensAnnotation.class, List.of(token("Ministers", "NNS"), token("met", "VBD"),
                token(".", "."), token("Talks", null), token("failed", null), token(".", null)));
        assertEquals(3, CoreNlpAnnotator.untaggedTokens(a));
    }

    @Test
    void aTaggedOrEmptyDocumentHasNone() {
        Annotation a = new Annotation("Talks failed.");
        a.set(CoreAnnotations.TokensAnnotation.class, List.of(token("Talks", "NNS"), token("failed", "VBD")));
        assertEquals(0, CoreNlpAnnotator.untaggedTokens(a));
        assertEquals(0, CoreNlpAnnotator.untaggedTokens(new Annotation("")));
    }
}
