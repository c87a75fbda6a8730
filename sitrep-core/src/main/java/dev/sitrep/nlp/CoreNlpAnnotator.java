package dev.sitrep.nlp;

import dev.sitrep.model.Span;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Runs Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner) and converts its output to an {@link NlpDocument}.
 *
 * <p>Annotator choice, measured (see docs/benchmarks.md): the default NER with its fine-grained KBP gazetteer and
 * SUTime costs about 300 ms for a 330-token article; without both it costs about 40 ms. Sitrep does not need
 * them: its own gazetteer supplies countries, demonyms, capitals, organisations and titles (and knows "Kyiv",
 * which CoreNLP's does not); dates are left to Sitrep's event stage (still to come), which is to resolve them
 * against the article date. Dependency parsing and coreference are left out for the same reason: together
 * they cost over 700 ms per article, and Sitrep's own attribution and mention linking are more accurate on news.
 *
 * <p>Cost: construction loads the POS and NER models (2–5 s, about 400 MB of heap). Load once per process and
 * share: {@link #annotate} is thread-safe (CoreNLP's pipelines are, and each call works on its own objects).
 */
public final class CoreNlpAnnotator {

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final NlpSettings settings;

    public CoreNlpAnnotator(NlpSettings settings) {
        this.settings = settings;
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        split.setProperty("tokenize.language", "en");
        split.setProperty("tokenize.options", "untokenizable=noneKeep,normalizeParentheses=true");
        split.setProperty("ssplit.newlineIsSentenceBreak", "two");
        this.splitter = new StanfordCoreNLP(split);

        Properties tag = new Properties();
        tag.setProperty("annotators", "pos,lemma,ner");
        tag.setProperty("ner.applyFineGrained", "false");
        tag.setProperty("ner.useSUTime", "false");
        tag.setProperty("ner.buildEntityMentions", "false");
        tag.setProperty("ner.applyNumericClassifiers", Boolean.toString(settings.numericEntities()));
        tag.setProperty("ner.language", "en");
        this.tagger = new StanfordCoreNLP(tag, false);
    }

    /** Turns CoreNLP's console logging off (or back on, for {@code -v}). Process-wide, as CoreNLP's logging is. */
    public static void logging(boolean on) {
        if (on) {
            RedwoodConfiguration.standard().apply();
        } else {
            RedwoodConfiguration.current().clear().apply();
        }
    }

    /**
     * Analyses {@code text}. Interruptible between stages: a caller enforcing a time limit may interrupt the
     * thread, which then ends with CoreNLP's RuntimeInterruptedException.
     */
    public NlpDocument annotate(String text) {
        String read = possessives(text);
        Annotation annotation = new Annotation(read);
        splitter.annotate(annotation);
        capSentenceLength(annotation);
        try {
            tagger.annotate(annotation);
        } catch (RuntimeException e) {
            int untagged = untaggedTokens(annotation);
            if (untagged > 0) {
                throw new IllegalStateException("CoreNLP left " + untagged + " tokens without a part of speech: its "
                        + "tagger skips a sentence when it runs out of memory; give the JVM more heap (-Xmx, or "
                        + "the executors' memory on Spark)", e);
            }
            throw e;
        }
        return convert(text, read, annotation);
    }

    /**
     * The text with a possessive written with a backtick, acute accent, prime or opening quote ("Ukraine`s",
     * "Russia´s") written with an apostrophe, so that CoreNLP reads a possessive and not a verb. Each replaced
     * character is one character, so every offset stays the text's.
     */
    static String possessives(String text) {
        char[] c = null;
        for (int i = 1; i + 1 < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch == '`' || ch == '\u00B4' || ch == '\u2032' || ch == '\u2018')
                    && Character.isLetter(text.charAt(i - 1))
                    && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                if (c == null) {
                    c = text.toCharArray();
                }
                c[i] = '\'';
            }
        }
        return c == null ? text : new String(c);
    }

    /**
     * Tokens the part-of-speech tagger left without a tag. CoreNLP's tagger logs and skips a sentence whose tagging
     * runs out of memory; the lemmatizer after it then fails on the missing tag, so the memory is the real cause.
     */
    static int untaggedTokens(Annotation annotation) {
        int n = 0;
        List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        for (CoreLabel t : tokens == null ? List.<CoreLabel>of() : tokens) {
            n += t.get(CoreAnnotations.PartOfSpeechAnnotation.class) == null ? 1 : 0;
        }
        return n;
    }

    /** Cuts sentences longer than the limit into consecutive pieces, so tagging time stays linear. */
    private void capSentenceLength(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        int max = settings.maxSentenceTokens();
        boolean tooLong = sentences.stream()
                .anyMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() > max);
        if (!tooLong) {
            return;
        }
        List<CoreMap> capped = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int from = 0; from < tokens.size(); from += max) {
                List<CoreLabel> piece = new ArrayList<>(tokens.subList(from, Math.min(tokens.size(), from + max)));
                CoreMap part = new ArrayCoreMap();
                part.set(CoreAnnotations.TokensAnnotation.class, piece);
                part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, piece.get(0).beginPosition());
                part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, piece.get(piece.size() - 1).endPosition());
                part.set(CoreAnnotations.TextAnnotation.class, annotation.get(CoreAnnotations.TextAnnotation.class)
                        .substring(piece.get(0).beginPosition(), piece.get(piece.size() - 1).endPosition()));
                capped.add(part);
            }
        }
        for (int i = 0; i < capped.size(); i++) {
            capped.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, capped);
    }

    /** The plain records of an annotation of {@code read}, a same-length reading of {@code text}. */
    private static NlpDocument convert(String text, String read, Annotation annotation) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            int first = tokens.size();
            for (CoreLabel label : s.get(CoreAnnotations.TokensAnnotation.class)) {
                int begin = label.beginPosition();
                int end = label.endPosition();
                String ner = label.ner();
                tokens.add(new Token(tokens.size(), sentences.size(), new Span(begin, end), read.substring(begin, end),
                        label.lemma() == null ? label.word() : label.lemma(),
                        label.tag() == null ? "X" : label.tag(),
                        ner == null ? "O" : ner));
            }
            if (tokens.size() > first) {
                sentences.add(new Sentence(sentences.size(), first, tokens.size(),
                        new Span(tokens.get(first).start(), tokens.get(tokens.size() - 1).end())));
            }
        }
        return new NlpDocument(text, tokens, sentences);
    }
}
