package dev.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.eval.GoldArticle;
import dev.sitrep.eval.MatchCounts;
import dev.sitrep.eval.PolnearCorpus;
import dev.sitrep.eval.QuoteScorer;
import dev.sitrep.eval.QuoteScores;
import dev.sitrep.eval.SpeakerCounts;
import dev.sitrep.model.Article;
import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.BatchRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep eval quotes DIR}: direct and indirect quote P/R/F1 and speaker accuracy on PolNeAR data. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Score quote extraction against PolNeAR-format annotations (DIR holds text/ and "
                + "attributions/). Reports precision, recall and F1 for direct and indirect quotes and speaker "
                + "accuracy. A quote matches a gold attribution of its kind when they share at least half of the "
                + "shorter span; see docs/benchmarks.md for the exact rules."},
        footer = {"", "Examples:",
                "  sitrep eval quotes ../shared/datasets/polnear/data/dev",
                "  sitrep eval quotes ../shared/datasets/polnear/data/dev --details | grep '^FN direct'"})
final class EvalQuotesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A PolNeAR split folder with text/ and attributions/.")
    Path dir;

    @Option(names = "--details", description = "Also list every miss, false alarm and wrong speaker.")
    boolean details;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PolnearCorpus.Result gold = PolnearCorpus.read(dir);
        for (InputProblem p : gold.problems()) {
            err.println("sitrep: gold: " + p);
        }
        Map<String, GoldArticle> byId = new HashMap<>();
        for (GoldArticle g : gold.articles()) {
            byId.put(g.id(), g);
        }
        Analyzer analyzer = engine.analyzer();
        QuoteScores[] total = {QuoteScores.empty()};
        int[] failed = {0};
        try (BatchRunner runner = new BatchRunner(analyzer, engine.threads,
                (Article a) -> total[0] = total[0].merge(QuoteScorer.score(a, byId.get(a.id()))),
                p -> {
                    failed[0]++;
                    err.println("sitrep: skipped " + p);
                })) {
            for (GoldArticle g : gold.articles()) {
                runner.submit(new SourceDocument(g.id(), null, null, null, null, g.text(), dir + "/text/" + g.id()
                        + ".txt"));
            }
        }
        QuoteScores s = total[0];
        if (json) {
            out.println(toJson(s));
        } else {
            out.println("PolNeAR " + dir + ": " + s.articles() + " articles");
            out.println(s.toTable());
            if (details) {
                out.println(s.toReport());
            }
        }
        out.flush();
        return failed[0] == 0 && gold.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }

    private static String toJson(QuoteScores s) throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.put("articles", s.articles());
        o.set("direct", counts(m, s.direct()));
        o.set("indirect", counts(m, s.indirect()));
        o.set("any", counts(m, s.any()));
        o.set("namedSpeakers", speakers(m, s.namedSpeakers()));
        o.set("allSpeakers", speakers(m, s.allSpeakers()));
        return m.writerWithDefaultPrettyPrinter().writeValueAsString(o);
    }

    private static ObjectNode counts(ObjectMapper m, MatchCounts c) {
        ObjectNode o = m.createObjectNode();
        o.put("gold", c.gold());
        o.put("system", c.system());
        o.put("matched", c.matched());
        o.put("recalled", c.recalled());
        o.put("precision", c.precision());
        o.put("recall", c.recall());
        o.put("f1", c.f1());
        return o;
    }

    private static ObjectNode speakers(ObjectMapper m, SpeakerCounts c) {
        ObjectNode o = m.createObjectNode();
        o.put("correct", c.correct());
        o.put("total", c.total());
        o.put("accuracy", c.accuracy());
        return o;
    }
}
