package dev.sitrep.eval;

import java.util.List;
import java.util.Objects;

/**
 * One annotated article of a gold corpus.
 *
 * @param id           the article's file name without extension
 * @param text         the article text that every gold offset indexes
 * @param attributions the annotated attribution relations, in the order of the annotation file
 */
public record GoldArticle(String id, String text, List<GoldAttribution> attributions) {

    public GoldArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        attributions = List.copyOf(attributions);
    }

    /** Number of attributions whose content is mostly inside quote marks. */
    public long directCount() {
        return attributions.stream().filter(GoldAttribution::direct).count();
    }
}
