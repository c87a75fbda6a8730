package dev.sitrep.extract;

import dev.sitrep.model.Span;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.Token;
import java.util.List;

/** What the quote finders share for one article: the text, its quote marks, speaker reading, paragraphs. */
final class QuoteContext {

    /** An attribution: the cue ("said", "according to") and who. */
    record Attribution(String cue, Span cueSpan, Speakers.Speaker speaker) {
    }

    final NlpDocument doc;
    final String text;
    final List<QuoteMarks.Quoted> marks;
    final Speakers speakers;
    /** Characters inside quote marks. */
    private final java.util.BitSet quoted;

    QuoteContext(Linking linking) {
        this.doc = linking.doc;
        this.text = doc.text();
        this.marks = QuoteMarks.find(text);
        this.speakers = new Speakers(linking);
        this.quoted = new java.util.BitSet(text.length());
        for (QuoteMarks.Quoted q : marks) {
            quoted.set(q.content().start(), q.content().end());
        }
    }

    int paragraphOf(int offset) {
        int count = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            if (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                count++;
            }
        }
        return count;
    }

    Attribution accordingTo(int from, int limit) {
        for (int k = from; k + 2 < limit; k++) {
            // inside quote marks, "according to" is the speaker's own attribution, not the writer's
            if (Lexicon.lc(doc.token(k).word()).equals("according") && Lexicon.lc(doc.token(k + 1).word()).equals(
                    "to") && !quoted.get(doc.token(k).start())) {
                Speakers.Speaker sp = speakers.startingAt(k + 2, limit);
                if (sp != null) {
                    Span cue = new Span(doc.token(k).start(), doc.token(k + 1).end());
                    return new Attribution(doc.textOf(cue), cue, sp);
                }
            }
        }
        return null;
    }

    Attribution attribution(int cue, Speakers.Speaker sp) {
        Token t = doc.token(cue);
        return new Attribution(t.word(), t.span(), sp);
    }

    boolean insideQuoteMarks(int offset) {
        return quoted.get(offset);
    }

    /**
     * Whether at least 80% of the letters and digits of {@code span} lie inside quote marks: a reported clause
     * that is all quotation ("said that "terrorism is the answer."") is a direct quote.
     */
    boolean mostlyQuoted(Span clause) {
        Span span = withThat(clause);
        int all = 0;
        int quoted = 0;
        for (int i = span.start(); i < span.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                all++;
                if (this.quoted.get(i)) {
                    quoted++;
                }
            }
        }
        return all > 0 && quoted >= 0.8 * all;
    }

    /**
     * {@code clause} with the "that" that introduces it, if one does: `said that "..."` reports the quote, so
     * the word counts against its being all quotation.
     */
    Span withThat(Span clause) {
        int k = doc.tokenAtOrAfter(clause.start()) - 1;
        if (k >= 0 && k < doc.tokens().size() && Lexicon.lc(doc.token(k).word()).equals("that")
                && doc.token(k).end() <= clause.start()) {
            return new Span(doc.token(k).start(), clause.end());
        }
        return clause;
    }
}
