package dev.sitrep.model;

import java.util.Objects;

/**
 * Where a filled field of an entity came from: the article's own words, the knowledge base, or what the store
 * learned from an earlier article.
 *
 * @param kind    which of the three
 * @param article for {@link Kind#STORE}: the stored article the fact was learned from, else null
 */
public record Origin(Kind kind, String article) {

    /** The three places a fact can come from. */
    public enum Kind { TEXT, KB, STORE }

    public static final Origin TEXT = new Origin(Kind.TEXT, null);
    public static final Origin KB = new Origin(Kind.KB, null);

    public Origin {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.STORE && article == null) {
            throw new IllegalArgumentException("a fact learned from the store names its article");
        }
    }

    /** Learned from a stored article. */
    public static Origin store(String article) {
        return new Origin(Kind.STORE, article);
    }

    /** {@code text}, {@code kb} or {@code store:ARTICLE}, as the JSON output writes it. */
    @Override
    public String toString() {
        return switch (kind) {
            case TEXT -> "text";
            case KB -> "kb";
            case STORE -> "store:" + article;
        };
    }

    /**
     * Reads {@link #toString()}'s form back.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static Origin parse(String s) {
        if (s.equals("text")) {
            return TEXT;
        }
        if (s.equals("kb")) {
            return KB;
        }
        if (s.startsWith("store:") && s.length() > 6) {
            return store(s.substring(6));
        }
        throw new IllegalArgumentException("not an origin: '" + s + "' (text, kb or store:ARTICLE)");
    }
}
