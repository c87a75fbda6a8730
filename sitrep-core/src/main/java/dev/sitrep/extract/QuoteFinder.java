package dev.sitrep.extract;

import dev.sitrep.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotes and then indirect ones (reported speech) in sentences the direct ones leave, each with
 * its cue and speaker. One instance per article.
 */
final class QuoteFinder {

    /** A quote while being found: where, how, and who. */
    record Found(Span content, boolean direct, String cue, Span cueSpan, Speakers.Speaker speaker, int paragraph) {
    }

    private final QuoteContext ctx;

    QuoteFinder(Linking linking) {
        this.ctx = new QuoteContext(linking);
    }

    List<Found> find() {
        List<Found> direct = new DirectQuotes(ctx).find();
        List<Found> all = new ArrayList<>(direct);
        all.addAll(new IndirectQuotes(ctx).find(direct));
        all.sort((a, b) -> a.content().compareTo(b.content()));
        return all;
    }
}
