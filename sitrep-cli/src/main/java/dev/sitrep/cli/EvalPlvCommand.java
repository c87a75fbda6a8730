package dev.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.eval.ActorCoverage;
import dev.sitrep.eval.DevSplit;
import dev.sitrep.eval.DevSplit.Part;
import dev.sitrep.eval.EventScores;
import dev.sitrep.eval.MatchCounts;
import dev.sitrep.eval.PlvGold;
import dev.sitrep.eval.PlvRecord;
import dev.sitrep.eval.PlvScorer;
import dev.sitrep.model.Article;
import dev.sitrep.model.InputProblem;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.BatchRunner;
import dev.sitrep.json.ArticleJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval plv FILE}: event type and triple scores on PLV sentences with marked source and target. */
@Command(name = "plv", mixinStandardHelpOptions = true,
        description = {"Score event coding on PLV records: news sentences with a marked source (<s>...</s>), "
                + "target (<t>...</t>) and the PLOVER type of what the source did to the target (tab-separated, "
                + "with a header naming the columns sentence_id, sentence, marked_sentence and gold_root). Each "
                + "record's sentence is analysed as an article of its own, undated (the file dates none).",
                "Type: per record, the set of predicted types (an intent counts as AGREE, a threat as THREATEN, a "
                        + "refusal as REJECT, as in 'eval events'; RETREAT as CONCEDE, both PLV's YIELD) against "
                        + "the gold type; micro and per-type precision, recall and F1. Triple: the share of records "
                        + "with an event of the gold type whose source has a mention overlapping the marked source "
                        + "and whose target has one overlapping the marked target (a role not marked asks nothing); "
                        + "'type and source' is "
                        + "the same without the target. Figures are given for the whole file and for its tuning "
                        + "and checking parts (records whose sentence id's CRC-32 is divisible by 3 are the "
                        + "checking part). See docs/benchmarks.md."},
        footer = {"", "Examples:",
                "  sitrep eval plv ../shared/datasets/plover-plv/PLV_train.tsv",
                "  sitrep eval plv FILE --part check                      only the checking part",
                "  sitrep eval plv FILE --part tune --details | grep '^FN ACCUSE'   missed accusations",
                "  sitrep eval plv FILE --json                            the scores as JSON"})
final class EvalPlvCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A PLV file (PLV_train.tsv's format).")
    Path file;

    @Option(names = "--part", paramLabel = "PART", description = "Score only this part: all, tune or check "
            + "(default: all, with each part's figures as well).")
    String part = "all";

    @Option(names = "--details", description = "Also list every missed type, false alarm and wrong actor.")
    boolean details;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--save", paramLabel = "FILE", description = "Write Sitrep's output for the sentences here, "
            + "one article per line.")
    Path save;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        engine.validate();
        Part only = DevSplit.parse(part).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--part must be all, tune or check, not '" + part + "'"));
        PlvGold.Result gold = PlvGold.read(file);
        for (InputProblem p : gold.problems()) {
            err.println("sitrep: gold: " + p);
        }
        Map<String, PlvRecord> byId = new LinkedHashMap<>();
        for (PlvRecord r : gold.records()) {
            if (only.holds(DevSplit.partOf(r.sentenceId()))) {
                byId.put(r.id(), r);
            }
        }
        PlvScorer scorer = new PlvScorer();
        Map<Part, EventScores> scores = new EnumMap<>(Part.class);
        ActorCoverage[] coverage = {ActorCoverage.ZERO};
        Set<String> analysed = new HashSet<>();
        int[] failed = {0};
        Analyzer analyzer = engine.analyzer();
        BufferedWriter saved = save == null ? null : Files.newBufferedWriter(save, StandardCharsets.UTF_8);
        try (saved; BatchRunner runner = new BatchRunner(analyzer, engine.threads, (Article a) -> {
            analysed.add(a.id());
            add(scores, byId.get(a.id()), scorer.score(a, byId.get(a.id())));
            coverage[0] = coverage[0].plus(ActorCoverage.of(a));
            if (saved != null) {
                try {
                    saved.write(ArticleJson.toString(ArticleJson.toJson(a)));
                    saved.newLine();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + save + ": " + e.getMessage(), e);
                }
            }
        }, p -> {
            failed[0]++;
            err.println("sitrep: skipped " + p + " (scored as no events)");
        })) {
            for (PlvRecord r : byId.values()) {
                runner.submit(r.document(file.toString()));
            }
        }
        for (PlvRecord r : byId.values()) {
            if (!analysed.contains(r.id())) {
                Article none = new Article(r.document(file.toString()), List.of(), List.of(), List.of(), List.of(),
                        Analyzer.CODER);
                add(scores, r, scorer.score(none, r));
            }
        }
        List<Part> parts = only == Part.ALL ? List.of(Part.ALL, Part.TUNE, Part.CHECK) : List.of(only);
        if (json) {
            ObjectMapper m = new ObjectMapper();
            ObjectNode o = m.createObjectNode();
            o.put("goldProblems", gold.problems().size());
            for (Part p : parts) {
                o.set(p.label(), toJson(m, scores.getOrDefault(p, EventScores.empty())));
            }
            out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
            EventScores all = scores.getOrDefault(only, EventScores.empty());
            out.println("PLV " + file + " (" + only.label() + "): " + all.records() + " records"
                    + (gold.problems().isEmpty() ? "" : "; " + gold.problems().size() + " gold problems, see stderr"));
            out.print(all.typeTable());
            out.println();
            out.printf(Locale.ROOT, "%-34s %8s %8s %8s%n", "", "all", "tune", "check");
            out.print(row("type F1 (micro)", parts, scores, s -> s.micro().f1()));
            out.print(row("triple (type, source, target)", parts, scores, EventScores::exactTripleShare));
            out.print(row("type and source", parts, scores, EventScores::lenientTripleShare));
            out.println(coverage[0]);
            if (details) {
                out.println();
                out.print(all.toReport());
            }
        }
        out.flush();
        return failed[0] == 0 && gold.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }

    private static synchronized void add(Map<Part, EventScores> scores, PlvRecord r, EventScores s) {
        scores.merge(Part.ALL, s, EventScores::merge);
        scores.merge(DevSplit.partOf(r.sentenceId()), s, EventScores::merge);
    }

    private static String row(String label, List<Part> parts, Map<Part, EventScores> scores,
                              java.util.function.ToDoubleFunction<EventScores> figure) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", label));
        for (Part p : List.of(Part.ALL, Part.TUNE, Part.CHECK)) {
            EventScores s = scores.get(p);
            line.append(String.format(Locale.ROOT, " %8s", parts.contains(p) && s != null && s.records() > 0
                    ? String.format(Locale.ROOT, "%.3f", figure.applyAsDouble(s)) : "-"));
        }
        return line.append('\n').toString();
    }

    private static ObjectNode toJson(ObjectMapper m, EventScores s) {
        ObjectNode o = m.createObjectNode();
        o.put("records", s.records());
        o.set("types", counts(m, s.micro()));
        ObjectNode perType = o.putObject("perType");
        s.types().forEach((type, c) -> perType.set(type.name(), counts(m, c)));
        o.put("triples", s.exactTriples());
        o.put("tripleShare", s.exactTripleShare());
        o.put("sourceMatches", s.lenientTriples());
        o.put("sourceShare", s.lenientTripleShare());
        return o;
    }

    private static ObjectNode counts(ObjectMapper m, MatchCounts c) {
        ObjectNode o = m.createObjectNode();
        o.put("gold", c.gold());
        o.put("system", c.system());
        o.put("tp", c.matched());
        o.put("precision", c.precision());
        o.put("recall", c.recall());
        o.put("f1", c.f1());
        return o;
    }
}
