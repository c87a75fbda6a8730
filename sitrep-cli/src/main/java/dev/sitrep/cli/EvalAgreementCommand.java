package dev.sitrep.cli;

import dev.sitrep.eval.Agreement;
import dev.sitrep.eval.GoldArticle;
import dev.sitrep.eval.PolnearCorpus;
import dev.sitrep.eval.QuoteScores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval agreement DIR...}: how far PolNeAR's annotators agree with each other, under Sitrep's scorer. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Score PolNeAR annotators against each other on the articles that more than one of them "
                + "marked, with the same rules as 'sitrep eval quotes': each annotator's attributions are the "
                + "system quotes, each other annotator's the gold, over every ordered pair. The figures are the "
                + "ceiling a system can expect: one human against another. No NLP runs."},
        footer = {"", "Examples:",
                "  sitrep eval agreement ../shared/datasets/polnear/data/annotator-training",
                "  sitrep eval agreement ../shared/datasets/polnear/data/train ../shared/datasets/polnear/data/dev"})
final class EvalAgreementCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "1..*",
            description = "PolNeAR folders with text/ and attributions/; articles with one annotation are skipped.")
    List<Path> dirs;

    @Option(names = "--details", description = "Also list every disagreement, pair by pair.")
    boolean details;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QuoteScores total = QuoteScores.empty();
        int articles = 0;
        int annotations = 0;
        for (Path dir : dirs) {
            List<List<GoldArticle>> multiple = PolnearCorpus.multiplyAnnotated(dir);
            articles += multiple.size();
            annotations += multiple.stream().mapToInt(List::size).sum();
            total = total.merge(Agreement.score(multiple));
        }
        out.println("PolNeAR annotator agreement: " + articles + " articles, " + annotations + " annotations, "
                + total.articles() + " ordered pairs");
        out.println(total.toTable().lines().filter(l -> !l.startsWith("speaker")).reduce("", (a, b) -> a + b + "\n"));
        if (details) {
            out.println(total.toReport());
        }
        out.flush();
        return articles == 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
    }
}
