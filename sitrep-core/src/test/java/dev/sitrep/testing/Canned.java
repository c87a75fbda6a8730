package dev.sitrep.testing;

import dev.sitrep.model.Span;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.Sentence;
import dev.sitrep.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hand-built analysed text, as Lucene's {@code CannedTokenStream} is for filters: rule tests of extraction that do
 * not depend on the tagger. Each line is a sentence of {@code word/POS} or {@code word/POS/NER} tokens separated by
 * spaces ({@code Putin/NNP/PERSON said/VBD ./.}); the text is the words joined by single spaces (a hyphen, tagged
 * HYPH, joins its neighbours without), a sentence per line. Lemmas are the lower-cased words, unless a token ends
 * in {@code =lemma} ({@code said/VBD=say}).
 */
public final class Canned {

    private static final java.util.Set<String> NER = java.util.Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC",
            "DATE", "NUMBER", "MONEY", "O");

    private Canned() {
    }

    public static NlpDocument doc(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> out = new ArrayList<>();
        for (String line : sentences) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int firstToken = tokens.size();
            int sentenceStart = text.length();
            boolean first = true;
            boolean glue = false;
            for (String written : line.strip().split(" +")) {
                int eq = written.lastIndexOf('=');
                boolean lemmaGiven = eq > written.lastIndexOf('/') && eq > 0;
                String t = lemmaGiven ? written.substring(0, eq) : written;
                String[] bits = t.split("/", -1);
                String ner = "O";
                int pos = bits.length - 1;
                if (bits.length >= 3 && NER.contains(bits[bits.length - 1])) {
                    ner = bits[bits.length - 1];
                    pos = bits.length - 2;
                }
                String[] parts = {String.join("/", java.util.Arrays.copyOfRange(bits, 0, pos)), bits[pos]};
                boolean hyphen = parts[1].equals("HYPH");
                if (!first && !hyphen && !glue) {
                    text.append(' ');
                }
                first = false;
                glue = hyphen;
                int start = text.length();
                text.append(parts[0]);
                tokens.add(new Token(tokens.size(), out.size(), new Span(start, text.length()), parts[0],
                        lemmaGiven ? written.substring(eq + 1) : parts[0].toLowerCase(Locale.ROOT), parts[1], ner));
            }
            out.add(new Sentence(out.size(), firstToken, tokens.size(), new Span(sentenceStart, text.length())));
        }
        return new NlpDocument(text.toString(), tokens, out);
    }
}
