package dev.sitrep.eval;

/**
 * How many recalled gold attributions got the right speaker.
 *
 * @param correct the best-matching system quote names the gold source
 * @param total   recalled gold attributions considered
 */
public record SpeakerCounts(int correct, int total) {

    public static final SpeakerCounts ZERO = new SpeakerCounts(0, 0);

    public SpeakerCounts {
        if (correct < 0 || correct > total) {
            throw new IllegalArgumentException("inconsistent counts " + correct + "/" + total);
        }
    }

    /** correct / total, or 0 when there is nothing to count. */
    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    public SpeakerCounts plus(SpeakerCounts o) {
        return new SpeakerCounts(correct + o.correct, total + o.total);
    }

    SpeakerCounts add(boolean isCorrect) {
        return new SpeakerCounts(correct + (isCorrect ? 1 : 0), total + 1);
    }
}
