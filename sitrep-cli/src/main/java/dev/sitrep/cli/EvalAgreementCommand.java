package dev.sitrep.cli;

import dev.sitrep.eval.Agreement;
import dev.sitrep.eval.GoldArticle;
import dev.sitrep.eval.PolnearCorpus;
import dev.sitrep.eval.QuoteScorer;
import dev.sitrep.eval.QuoteScores;
import dev.sitrep.model.Article;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.pipeline.Analyzer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
                "  sitrep eval agreement ../shared/datasets/polnear/data/train ../shared/datasets/polnear/data/dev",
                "  sitrep eval agreement --sitrep ../shared/datasets/polnear/data/annotator-training"})
final class EvalAgreementCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "1..*",
            description = "PolNeAR folders with text/ and attributions/; articles with one annotation are skipped.")
    List<Path> dirs;

    @Option(names = "--details", description = "Also list every disagreement, pair by pair.")
    boolean details;

    @Option(names = "--sitrep", description = "Also score Sitrep on the same articles against every annotator.")
    boolean sitrep;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        QuoteScores total = QuoteScores.empty();
        QuoteScores system = QuoteScores.empty();
        Analyzer analyzer = sitrep ? engine.analyzer() : null;
        int articles = 0;
        int annotations = 0;
        for (Path dir : dirs) {
            List<List<GoldArticle>> multiple = PolnearCorpus.multiplyAnnotated(dir);
            articles += multiple.size();
            annotations += multiple.stream().mapToInt(List::size).sum();
            total = total.merge(Agreement.score(multiple));
            if (analyzer != null) {
                for (List<GoldArticle> article : multiple) {
                    GoldArticle first = article.get(0);
                    Article a = analyzer.analyze(new SourceDocument(first.id(), null, null, null, null, first.text(),
                            dir + "/text/" + first.id() + ".txt"));
                    for (GoldArticle gold : article) {
                        system = system.merge(QuoteScorer.score(a, gold));
                    }
                }
            }
        }
        out.println("PolNeAR annotator agreement: " + articles + " articles, " + annotations + " annotations, "
                + total.articles() + " ordered pairs");
        out.println(withoutSpeakers(total));
        if (sitrep) {
            out.println("Sitrep against each of the same annotations (" + system.articles() + " pairs):");
            out.println(system.toTable());
        }
        if (details) {
            out.println(total.toReport());
        }
        out.flush();
        return articles == 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
    }

    /** The table without the speaker lines, which annotations scored as quotes cannot have. */
    private static String withoutSpeakers(QuoteScores s) {
        StringBuilder out = new StringBuilder();
        s.toTable().lines().filter(l -> !l.startsWith("speaker")).forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }
}
