package dev.sitrep.eval;

/**
 * Counts of one category. Precision, recall and F1 are 0 when undefined (nothing to divide by).
 *
 * @param gold     gold attributions
 * @param system   system quotes
 * @param matched  system quotes that match some gold attribution (true positives)
 * @param recalled gold attributions that some system quote matches
 */
public record MatchCounts(int gold, int system, int matched, int recalled) {

    public static final MatchCounts ZERO = new MatchCounts(0, 0, 0, 0);

    public MatchCounts {
        if (matched < 0 || matched > system || recalled < 0 || recalled > gold) {
            throw new IllegalArgumentException("inconsistent counts " + gold + "/" + system + "/" + matched + "/"
                    + recalled);
        }
    }

    public double precision() {
        return system == 0 ? 0 : (double) matched / system;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) recalled / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public MatchCounts plus(MatchCounts o) {
        return new MatchCounts(gold + o.gold, system + o.system, matched + o.matched, recalled + o.recalled);
    }
}
