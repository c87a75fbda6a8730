package dev.sitrep.kb;

import java.io.Serializable;
import java.util.Objects;

/**
 * A knowledge-base file read into memory, for a reader that cannot open the file itself (a Spark executor reading
 * files the driver fetched): where it came from, its file name (which says its kind) and its text.
 *
 * @param where the file as the user named it, for messages
 * @param name  its file name: {@code countries*.tsv}, {@code institutions*.tsv}, {@code offices*.tsv} or
 *              {@code family-name-first*.tsv}
 * @param text  its contents
 */
public record KbText(String where, String name, String text) implements Serializable {

    private static final long serialVersionUID = 1L;

    public KbText {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
