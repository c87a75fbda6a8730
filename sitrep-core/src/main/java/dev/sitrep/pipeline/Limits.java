package dev.sitrep.pipeline;

import java.time.Duration;

/**
 * Per-article limits that keep one bad article from stalling or sinking a run.
 *
 * @param maxArticleChars longest article body analysed; longer ones are reported and skipped
 * @param timeout         longest time one article may take; slower ones are interrupted, reported and skipped
 */
public record Limits(int maxArticleChars, Duration timeout) {

    public Limits {
        if (maxArticleChars < 1) {
            throw new IllegalArgumentException("maxArticleChars must be positive, was " + maxArticleChars);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    public static Limits defaults() {
        return new Limits(1_000_000, Duration.ofSeconds(60));
    }
}
