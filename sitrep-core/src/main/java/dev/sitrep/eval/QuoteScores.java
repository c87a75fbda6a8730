package dev.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Quote scores over one or more articles; {@link #merge} adds up articles. The components are plain numbers and
 * records, ready for a JSON writer.
 *
 * @param articles      number of articles scored
 * @param direct        direct system quotes against direct gold
 * @param indirect      indirect system quotes against indirect gold
 * @param any           all system quotes against all gold, direct flags ignored
 * @param namedSpeakers speaker accuracy over recalled gold whose source names someone
 * @param allSpeakers   speaker accuracy over recalled gold with any source
 * @param findings      every error, article by article, for debugging
 */
public record QuoteScores(int articles, MatchCounts direct, MatchCounts indirect, MatchCounts any,
                          SpeakerCounts namedSpeakers, SpeakerCounts allSpeakers, List<Finding> findings) {

    public QuoteScores {
        Objects.requireNonNull(direct, "direct");
        Objects.requireNonNull(indirect, "indirect");
        Objects.requireNonNull(any, "any");
        Objects.requireNonNull(namedSpeakers, "namedSpeakers");
        Objects.requireNonNull(allSpeakers, "allSpeakers");
        findings = List.copyOf(findings);
    }

    /** Scores over no article, to merge into. */
    public static QuoteScores empty() {
        return new QuoteScores(0, MatchCounts.ZERO, MatchCounts.ZERO, MatchCounts.ZERO, SpeakerCounts.ZERO,
                SpeakerCounts.ZERO, List.of());
    }

    public MatchCounts counts(QuoteCategory category) {
        return switch (category) {
            case DIRECT -> direct;
            case INDIRECT -> indirect;
            case ANY -> any;
        };
    }

    /** The scores of these articles and {@code other}'s together. */
    public QuoteScores merge(QuoteScores other) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        return new QuoteScores(articles + other.articles, direct.plus(other.direct), indirect.plus(other.indirect),
                any.plus(other.any), namedSpeakers.plus(other.namedSpeakers), allSpeakers.plus(other.allSpeakers),
                all);
    }

    /**
     * A plain-text table, one row per category, then the speaker accuracies. A ratio with nothing to divide by
     * prints as {@code -}.
     */
    public String toTable() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-9s %6s %6s %6s %8s %6s %6s %6s%n",
                "category", "gold", "system", "tp", "recalled", "P", "R", "F1"));
        for (QuoteCategory c : QuoteCategory.values()) {
            MatchCounts m = counts(c);
            out.append(String.format(Locale.ROOT, "%-9s %6d %6d %6d %8d %6s %6s %6s%n", c.label(), m.gold(),
                    m.system(), m.matched(), m.recalled(), ratio(m.precision(), m.system() > 0),
                    ratio(m.recall(), m.gold() > 0), ratio(m.f1(), m.system() > 0 || m.gold() > 0)));
        }
        out.append(speakerLine("speaker accuracy, named source:", namedSpeakers));
        out.append(speakerLine("speaker accuracy, any source:  ", allSpeakers));
        return out.toString();
    }

    /** The findings, grouped under the id of their article, one per line. */
    public String toReport() {
        StringBuilder out = new StringBuilder();
        String article = null;
        for (Finding f : findings) {
            if (!f.articleId().equals(article)) {
                article = f.articleId();
                out.append(article).append('\n');
            }
            out.append("  ").append(f).append('\n');
        }
        return out.toString();
    }

    private static String speakerLine(String label, SpeakerCounts s) {
        return String.format(Locale.ROOT, "%s %d / %d = %s%n", label, s.correct(), s.total(),
                ratio(s.accuracy(), s.total() > 0));
    }

    private static String ratio(double value, boolean defined) {
        return defined ? String.format(Locale.ROOT, "%.3f", value) : "-";
    }
}
