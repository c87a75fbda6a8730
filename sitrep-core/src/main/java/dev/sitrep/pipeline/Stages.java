package dev.sitrep.pipeline;

import dev.sitrep.events.EventCoder;
import dev.sitrep.extract.Extractor;
import dev.sitrep.ingest.LanguageCheck;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.nlp.CoreNlpAnnotator;
import dev.sitrep.nlp.NlpDocument;
import java.util.Optional;
import java.util.Set;

/** The stages of {@code sitrep extract}, each small and final. */
final class Stages {

    private Stages() {
    }

    /** Rejects what cannot be analysed: empty, too long, not English. */
    static final class Admission implements Stage {

        private final Limits limits;

        Admission(Limits limits) {
            this.limits = limits;
        }

        @Override
        public String name() {
            return "admission";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of(Layer.SOURCE);
        }

        @Override
        public Set<Layer<?>> provides() {
            return Set.of();
        }

        @Override
        public void process(Analysis analysis) throws ArticleRejected {
            SourceDocument source = analysis.get(Layer.SOURCE);
            String text = source.text();
            if (text.isBlank()) {
                throw new ArticleRejected("empty article: no text to analyse");
            }
            if (text.length() > limits.maxArticleChars()) {
                throw new ArticleRejected("article is " + text.length() + " characters, over the limit of "
                        + limits.maxArticleChars() + " (--max-article-chars)");
            }
            Optional<String> notEnglish = LanguageCheck.reason(text);
            if (notEnglish.isPresent()) {
                throw new ArticleRejected(notEnglish.get());
            }
        }
    }

    /** CoreNLP: tokens, sentences, part-of-speech tags, lemmas, named-entity labels. */
    static final class Nlp implements Stage {

        private final CoreNlpAnnotator annotator;

        Nlp(CoreNlpAnnotator annotator) {
            this.annotator = annotator;
        }

        @Override
        public String name() {
            return "corenlp";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of(Layer.SOURCE);
        }

        @Override
        public Set<Layer<?>> provides() {
            return Set.of(Layer.NLP);
        }

        @Override
        public void process(Analysis analysis) {
            analysis.put(Layer.NLP, annotator.annotate(analysis.get(Layer.SOURCE).text()));
        }
    }

    /** Sitrep's extraction: entities, roles, quotes and speakers. */
    static final class Extract implements Stage {

        private final Extractor extractor;

        Extract(Extractor extractor) {
            this.extractor = extractor;
        }

        @Override
        public String name() {
            return "extract";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of(Layer.SOURCE, Layer.NLP);
        }

        @Override
        public Set<Layer<?>> provides() {
            return Set.of(Layer.ENTITIES, Layer.QUOTES);
        }

        @Override
        public void process(Analysis analysis) {
            NlpDocument doc = analysis.get(Layer.NLP);
            Extractor.Result result = extractor.extract(doc, day(analysis.get(Layer.SOURCE).published()));
            analysis.put(Layer.ENTITIES, result.entities());
            analysis.put(Layer.QUOTES, result.quotes());
        }

        /** The day of an ISO-8601 published date or date-time, or null. */
        static java.time.LocalDate day(String published) {
            if (published == null || published.length() < 10) {
                return null;
            }
            try {
                return java.time.LocalDate.parse(published.substring(0, 10));
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
    }

    /** Event coding: PLOVER/CAMEO events and support commitments. */
    static final class Events implements Stage {

        private final EventCoder coder;

        Events(EventCoder coder) {
            this.coder = coder;
        }

        @Override
        public String name() {
            return "events";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of(Layer.SOURCE, Layer.NLP, Layer.ENTITIES, Layer.QUOTES);
        }

        @Override
        public Set<Layer<?>> provides() {
            return Set.of(Layer.EVENTS, Layer.COMMITMENTS);
        }

        @Override
        public void process(Analysis analysis) {
            EventCoder.Result result = coder.code(analysis.get(Layer.SOURCE), analysis.get(Layer.NLP),
                    analysis.get(Layer.ENTITIES), analysis.get(Layer.QUOTES));
            analysis.put(Layer.EVENTS, result.events());
            analysis.put(Layer.COMMITMENTS, result.commitments());
        }
    }
}
