package dev.sitrep.ingest;

/**
 * How much input one article, one file and one JSON line may hold. Input over a limit is reported and skipped;
 * a limit that is not positive is a configuration error.
 *
 * @param maxArticleChars the longest article text, in UTF-16 characters ({@code --max-article-chars})
 * @param maxFileBytes    the largest plain-text or HTML file, plain-text standard input, fetched body or HTML page in
 *                        a WARC record, in bytes ({@code --max-file-bytes}); JSON-lines and WARC input is streamed
 *                        and has no file limit, only a limit per line or record
 */
public record IngestLimits(int maxArticleChars, long maxFileBytes) {

    /** One million characters: far more than any news article. */
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 1_000_000;

    /** 64 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

    /** The most bytes one Java array can hold, with some margin. */
    public static final long LARGEST_FILE_BYTES = Integer.MAX_VALUE - 16;

    public IngestLimits {
        if (maxArticleChars <= 0) {
            throw new IllegalArgumentException("--max-article-chars must be positive, got " + maxArticleChars);
        }
        if (maxFileBytes <= 0 || maxFileBytes > LARGEST_FILE_BYTES) {
            throw new IllegalArgumentException(
                    "--max-file-bytes must be between 1 and " + LARGEST_FILE_BYTES + ", got " + maxFileBytes);
        }
    }

    /** The default limits. */
    public static IngestLimits defaults() {
        return new IngestLimits(DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_MAX_FILE_BYTES);
    }

    /**
     * The longest JSON line that is parsed at all, in bytes: room for {@link #maxArticleChars()} characters even
     * when every one is written as a six-byte JSON unicode escape, plus 64 KiB for the other fields.
     * A line that also fits this is still refused when its {@code text} is over the article limit.
     */
    public int maxLineBytes() {
        return (int) Math.min(LARGEST_FILE_BYTES, 6L * maxArticleChars + 65_536);
    }
}
