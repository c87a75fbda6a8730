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

    /**
     * Direct quotes first; then reported speech. A reported clause that is nearly all quotation becomes a direct
     * quote; a phrase in marks inside a reported clause that is mostly the writer's words ("said Trump was
     * "absolutely right" when...") is part of that indirect quote, not a quote of its own.
     */
    List<Found> find() {
        DirectQuotes directQuotes = new DirectQuotes(ctx);
        List<Found> direct = directQuotes.find();
        List<Span> fragments = directQuotes.fragments();
        List<Found> indirect = new ArrayList<>();
        List<Found> all = new ArrayList<>();
        for (Found f : new IndirectQuotes(ctx).find(direct)) {
            if (ctx.mostlyQuoted(f.content())) {
                // the quote itself was found as a direct quote, with the attribution next to it: keep that one
                boolean known = direct.stream().anyMatch(d -> d.content().overlap(f.content())
                        >= 0.5 * Math.min(d.content().length(), f.content().length()));
                if (!known) {
                    all.add(new Found(f.content(), true, f.cue(), f.cueSpan(), f.speaker(), f.paragraph()));
                }
            } else {
                indirect.add(f);
            }
        }
        for (Found d : direct) {
            if (!fragments.contains(d.content()) || indirect.stream()
                    .noneMatch(i -> i.content().overlap(d.content()) >= 0.9 * d.content().length())) {
                all.add(d);
            }
        }
        all.addAll(indirect);
        all.sort((a, b) -> a.content().compareTo(b.content()));
        return all;
    }
}
