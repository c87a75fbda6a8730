package dev.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.eval.ActorCodes;
import dev.sitrep.eval.EventScorer;
import dev.sitrep.eval.EventScores;
import dev.sitrep.eval.GoldEvent;
import dev.sitrep.eval.MatchCounts;
import dev.sitrep.eval.PloverGold;
import dev.sitrep.kb.KnowledgeBase;
import dev.sitrep.model.Article;
import dev.sitrep.model.InputProblem;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.BatchRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep eval events FILE}: event type P/R/F1 and full-triple agreement on PLOVER gold records. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Score event coding against PLOVER gold-standard records (a JSON array of records with id, "
                + "text, event, source and target; the DOCUMENT header is skipped). Each record's sentence is "
                + "analysed as an article of its own, dated 2000-01-01.",
                "Rules: old PLOVER names are mapped (DEMAND to REQUEST, DISAPPROVE and INVESTIGATE to ACCUSE, "
                        + "FIGHT to ASSAULT). Events are read as the CAMEO-coded gold reads them: an event whose CAMEO "
                        + "code is an intent (03x) counts as AGREE, a threat (13x) as THREATEN, a refusal (12x) as "
                        + "REJECT. Event type: per sentence, the set of predicted types against the gold "
                        + "type; micro precision, recall and F1 over all sentences, and per type. Full triple: the "
                        + "share of records with a predicted event of the gold type whose source code set and "
                        + "target code set equal the gold's (exact), or each overlap the gold's or are empty like it "
                        + "(lenient). Sitrep codes are mapped to the gold's: countries as they are, an organisation "
                        + "to its home country, else to IGO, NGO, IMG or MNC by its kind; actors without a code are "
                        + "left out. Events of every mode count; modes are only tallied. See docs/benchmarks.md."},
        footer = {"", "Examples:",
                "  sitrep eval events ../shared/datasets/plover-gsr/PLOVER_GSR_CAMEO.dev.json",
                "  sitrep eval events FILE --details | grep '^FN ASSAULT'     every missed assault",
                "  sitrep eval events FILE --json                             the scores as JSON"})
final class EvalEventsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A PLOVER gold-standard JSON file.")
    Path file;

    @Option(names = "--details", description = "Also list every missed type, false alarm and wrong actor set.")
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
        engine.validate();
        PloverGold.Result gold = PloverGold.read(file);
        for (InputProblem p : gold.problems()) {
            err.println("sitrep: gold: " + p);
        }
        Map<String, GoldEvent> byId = new LinkedHashMap<>();
        for (GoldEvent g : gold.records()) {
            byId.put(g.id(), g);
        }
        EventScorer scorer = new EventScorer(new ActorCodes(KnowledgeBase.builtIn()));
        Analyzer analyzer = engine.analyzer();
        EventScores[] total = {EventScores.empty()};
        Set<String> analysed = new HashSet<>();
        int[] failed = {0};
        try (BatchRunner runner = new BatchRunner(analyzer, engine.threads, (Article a) -> {
            analysed.add(a.id());
            total[0] = total[0].merge(scorer.score(a, byId.get(a.id())));
        }, p -> {
            failed[0]++;
            err.println("sitrep: skipped " + p + " (scored as no events)");
        })) {
            for (GoldEvent g : gold.records()) {
                runner.submit(g.document(file.toString()));
            }
        }
        // a sentence that could not be analysed has no events: it counts as a miss, not as absent
        for (GoldEvent g : byId.values()) {
            if (!analysed.contains(g.id())) {
                Article none = new Article(g.document(file.toString()), List.of(), List.of(), List.of(), List.of(),
                        Analyzer.CODER);
                total[0] = total[0].merge(scorer.score(none, g));
            }
        }
        EventScores s = total[0];
        if (json) {
            out.println(toJson(s, gold.problems().size()));
        } else {
            out.println("PLOVER " + file + ": " + s.records() + " records" + (gold.problems().isEmpty() ? ""
                    : "; " + gold.problems().size() + " gold problems, see stderr"));
            out.println(s.toTable());
            if (details) {
                out.print(s.toReport());
            }
        }
        out.flush();
        return failed[0] == 0 && gold.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }

    private static String toJson(EventScores s, int goldProblems) throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.put("records", s.records());
        o.put("goldProblems", goldProblems);
        o.set("types", counts(m, s.micro()));
        ObjectNode perType = o.putObject("perType");
        s.types().forEach((type, c) -> perType.set(type.name(), counts(m, c)));
        ObjectNode triples = o.putObject("fullTriple");
        triples.put("exact", s.exactTriples());
        triples.put("exactShare", s.exactTripleShare());
        triples.put("lenient", s.lenientTriples());
        triples.put("lenientShare", s.lenientTripleShare());
        ObjectNode modes = o.putObject("predictedEventsByMode");
        s.modes().forEach((mode, n) -> modes.put(mode.name(), n));
        return m.writerWithDefaultPrettyPrinter().writeValueAsString(o);
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
