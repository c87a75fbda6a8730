package dev.sitrep.model;

import java.util.Objects;

/**
 * An article as read from its input, before any analysis.
 *
 * @param id        stable identifier: the input's own id, else the file name without extension
 * @param url       where it was published, or null
 * @param title     headline, or null
 * @param author    who wrote it, as the input names them (a byline, possibly several names), or null
 * @param published ISO-8601 date or date-time as stated by the input, or null
 * @param text      the body that every offset indexes
 * @param origin    where it was read from, for messages: {@code file}, {@code file:line} or {@code <stdin>:line}
 */
public record SourceDocument(String id, String url, String title, String author, String published, String text,
        String origin) {

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }
}
