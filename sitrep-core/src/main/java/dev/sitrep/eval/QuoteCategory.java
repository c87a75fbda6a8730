package dev.sitrep.eval;

import java.util.Locale;

/** The rows of a quote score: direct quotes, indirect (reported) speech, and both together. */
public enum QuoteCategory {
    DIRECT,
    INDIRECT,
    ANY;

    /** Whether a quote or attribution with this direct flag belongs to the category. */
    public boolean includes(boolean direct) {
        return this == ANY || direct == (this == DIRECT);
    }

    /** The category a quote or attribution itself has: {@link #DIRECT} or {@link #INDIRECT}. */
    public static QuoteCategory of(boolean direct) {
        return direct ? DIRECT : INDIRECT;
    }

    /** Lower-case name, as printed. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
