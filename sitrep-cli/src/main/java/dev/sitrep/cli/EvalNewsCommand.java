package dev.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.eval.ActorCoverage;
import dev.sitrep.eval.DevSplit;
import dev.sitrep.eval.DevSplit.Part;
import dev.sitrep.eval.NewsScorer;
import dev.sitrep.ingest.ArticleReader;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.pipeline.BatchRunner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval news GOLD}: people, titles, affiliations, quotes, speakers, events and commitments against a
 * news gold made by the annotation guideline, with the reference scorer's figures.
 */
@Command(name = "news", mixinStandardHelpOptions = true,
        description = {"Score extraction on annotated news articles (../shared/corpus/GUIDELINE.md) and give the "
                + "figures of the reference scorer, ../shared/tools/score_news.py: people recall, title and "
                + "affiliation accuracy, quote recall and speaker accuracy, event precision, recall and F1 (type, "
                + "source and target), mode accuracy, commitment recall and status accuracy.",
                "Recall is counted against GOLD (the core: what both annotators found). Event precision is counted "
                        + "against --union (what either found) when given or found beside GOLD, as the gold's "
                        + "README prescribes; else against GOLD.",
                "Each figure is given for all articles and for the two fixed parts of the set: the checking part "
                        + "(articles whose id's CRC-32 is divisible by 3) and the tuning part (the rest). Tune on "
                        + "the tuning part; a gain there that the checking part does not share is over-fitting."},
        footer = {"", "Examples:",
                "  sitrep eval news ../shared/corpus/news-dev-gold-core.jsonl",
                "  sitrep eval news ../shared/corpus/news-dev-gold-core.jsonl --details --part tune | grep ^AFFILIATION",
                "  sitrep eval news GOLD --articles ARTICLES.jsonl --union UNION.jsonl --json",
                "  sitrep eval news GOLD --save out.jsonl    also keep Sitrep's output, for score_news.py"})
final class EvalNewsCommand implements Callable<Integer> {

    /** The parts of a news gold set. */

    @Parameters(paramLabel = "GOLD", description = "The gold, one JSON object per article (news-dev-gold-core.jsonl).")
    Path gold;

    @Option(names = "--articles", paramLabel = "FILE",
            description = "The articles, one JSON object per line with id, text and date (default: news-dev.jsonl "
                    + "beside GOLD, from its name).")
    Path articles;

    @Option(names = "--union", paramLabel = "FILE",
            description = "The union gold for event precision (default: the -union file beside a -core GOLD).")
    Path union;

    @Option(names = "--part", paramLabel = "PART", description = "Score only this part: all, tune or check "
            + "(default: all, with each part's figures as well).")
    String part = "all";

    @Option(names = "--details", description = "Also list every error: a line each, starting with its kind.")
    boolean details;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--save", paramLabel = "FILE", description = "Write Sitrep's output for the articles here.")
    Path save;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        engine.validate();
        Part only = DevSplit.parse(part).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--part must be all, tune or check, not '" + part + "'"));
        Map<String, JsonNode> goldRows = readGold(gold, err);
        Path unionFile = union != null ? union : sibling(gold, "-core.jsonl", "-union.jsonl");
        Map<String, JsonNode> unionRows = unionFile == null ? null : readGold(unionFile, err);
        Path articleFile = articles != null ? articles : articlesBeside(gold);
        if (articleFile == null || !Files.isRegularFile(articleFile)) {
            throw new ParameterException(spec.commandLine(), "give the articles with --articles FILE (none found "
                    + "beside " + gold + ")");
        }
        List<SourceDocument> docs = new ArrayList<>();
        int[] skipped = {0};
        new ArticleReader(engine.ingestLimits(), p -> {
            skipped[0]++;
            err.println("sitrep: skipped " + p);
        }).read(List.of(articleFile.toString()), d -> {
            if (goldRows.containsKey(d.id()) && (only == Part.ALL || DevSplit.partOf(d.id()) == only)) {
                docs.add(d);
            }
        });
        Map<String, JsonNode> output = new LinkedHashMap<>();
        Map<Part, ActorCoverage> coverage = new EnumMap<>(Part.class);
        try (BatchRunner runner = new BatchRunner(engine.analyzer(), engine.threads, (Article a) -> {
            output.put(a.id(), ArticleJson.toJson(a));
            ActorCoverage c = ActorCoverage.of(a);
            coverage.merge(Part.ALL, c, ActorCoverage::plus);
            coverage.merge(DevSplit.partOf(a.id()), c, ActorCoverage::plus);
        }, p -> {
                    skipped[0]++;
                    err.println("sitrep: skipped " + p + " (scored as finding nothing)");
                })) {
            for (SourceDocument d : docs) {
                runner.submit(d);
            }
        }
        if (save != null) {
            try (BufferedWriter w = Files.newBufferedWriter(save, StandardCharsets.UTF_8)) {
                for (JsonNode a : output.values()) {
                    w.write(ArticleJson.toString(a));
                    w.newLine();
                }
            }
        }
        Map<Part, NewsScorer.Counts> core = new LinkedHashMap<>();
        Map<Part, NewsScorer.Counts> wide = new LinkedHashMap<>();
        for (SourceDocument d : docs) {
            Part p = DevSplit.partOf(d.id());
            NewsScorer.Counts c = NewsScorer.score(d.id(), goldRows.get(d.id()), output.get(d.id()));
            core.merge(p, c, NewsScorer.Counts::add);
            core.merge(Part.ALL, c, NewsScorer.Counts::add);
            if (unionRows != null && unionRows.containsKey(d.id())) {
                NewsScorer.Counts u = NewsScorer.score(d.id(), unionRows.get(d.id()), output.get(d.id()));
                wide.merge(p, u, NewsScorer.Counts::add);
                wide.merge(Part.ALL, u, NewsScorer.Counts::add);
            }
        }
        List<Part> parts = only == Part.ALL ? List.of(Part.ALL, Part.TUNE, Part.CHECK) : List.of(only);
        Map<Part, Map<String, Double>> figures = new LinkedHashMap<>();
        for (Part p : parts) {
            NewsScorer.Counts c = core.get(p);
            if (c == null) {
                continue;
            }
            figures.put(p, withUnionPrecision(c, unionRows == null ? null : wide.get(p)));
        }
        if (json) {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("gold", gold.toString());
            o.put("union", unionFile == null ? null : unionFile.toString());
            figures.forEach((p, f) -> {
                ObjectNode n = o.putObject(p.name().toLowerCase(java.util.Locale.ROOT));
                f.forEach(n::put);
                NewsScorer.Counts c = core.get(p);
                ObjectNode counts = n.putObject("counts");
                for (String k : List.of("people", "quotes", "events", "coms", "pred_quotes", "pred_events",
                        "pred_coms")) {
                    counts.put(k, c.get(k));
                }
                ActorCoverage a = coverage.getOrDefault(p, ActorCoverage.ZERO);
                ObjectNode actors = n.putObject("eventActors");
                actors.put("actors", a.actors());
                actors.put("nonState", a.nonState());
                actors.put("nonStateWithSector", a.nonStateSector());
                actors.put("nonStateWithState", a.nonStateCountry());
                actors.put("places", a.places());
                actors.put("placesWithState", a.placesCountry());
            });
            out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
            out.println("news gold " + gold + ": " + docs.size() + " articles"
                    + (unionFile == null ? "" : "; event precision against " + unionFile));
            out.println(table(figures, core));
            out.println(coverage.getOrDefault(only, ActorCoverage.ZERO));
            if (details) {
                NewsScorer.Counts c = core.get(only);
                if (c != null) {
                    c.details().forEach(out::println);
                }
                if (unionRows != null && wide.get(only) != null) {
                    wide.get(only).details().stream().filter(l -> l.startsWith("EVENT-EXTRA "))
                            .map(l -> "UNION-" + l).forEach(out::println);
                }
            }
        }
        out.flush();
        return skipped[0] == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }

    /** The core's figures with event precision (and so F1) from the union, as the gold's README scores them. */
    private static Map<String, Double> withUnionPrecision(NewsScorer.Counts core, NewsScorer.Counts union) {
        Map<String, Double> f = new LinkedHashMap<>(core.figures());
        if (union != null) {
            double p = union.figures().get("event_p");
            double r = f.get("event_r");
            f.put("event_p", p);
            f.put("event_f1", p + r == 0 ? 0.0 : Math.round(2 * p * r / (p + r) * 1000) / 1000.0);
        }
        return f;
    }

    private static String table(Map<Part, Map<String, Double>> figures, Map<Part, NewsScorer.Counts> core) {
        StringBuilder b = new StringBuilder(String.format("%-22s", "figure"));
        figures.keySet().forEach(p -> b.append(String.format("%10s", p.name().toLowerCase(java.util.Locale.ROOT))));
        b.append('\n');
        Map<String, Double> any = figures.values().iterator().next();
        for (String k : any.keySet()) {
            b.append(String.format("%-22s", k));
            figures.values().forEach(f -> b.append(String.format("%10.3f", f.get(k))));
            b.append('\n');
        }
        b.append(String.format("%-22s", "people (gold)"));
        figures.keySet().forEach(p -> b.append(String.format("%10d", core.get(p).get("people"))));
        b.append('\n').append(String.format("%-22s", "quotes gold/sitrep"));
        figures.keySet().forEach(p -> b.append(String.format("%10s", core.get(p).get("quotes") + "/"
                + core.get(p).get("pred_quotes"))));
        b.append('\n').append(String.format("%-22s", "events gold/sitrep"));
        figures.keySet().forEach(p -> b.append(String.format("%10s", core.get(p).get("events") + "/"
                + core.get(p).get("pred_events"))));
        return b.toString();
    }

    private static Map<String, JsonNode> readGold(Path file, PrintWriter err) throws IOException {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode g = MAPPER.readTree(line);
                if (!g.path("id").isTextual()) {
                    err.println("sitrep: gold " + file + ":" + n + ": no id; skipped");
                    continue;
                }
                rows.put(g.get("id").asText(), g);
            } catch (IOException e) {
                err.println("sitrep: gold " + file + ":" + n + ": not JSON; skipped");
            }
        }
        return rows;
    }

    private static Path sibling(Path file, String suffix, String replacement) {
        String name = file.getFileName().toString();
        if (!name.endsWith(suffix)) {
            return null;
        }
        Path s = file.resolveSibling(name.substring(0, name.length() - suffix.length()) + replacement);
        return Files.isRegularFile(s) ? s : null;
    }

    /** {@code news-dev-gold-core.jsonl} is the gold of {@code news-dev.jsonl}. */
    private static Path articlesBeside(Path goldFile) {
        String name = goldFile.getFileName().toString();
        int i = name.indexOf("-gold");
        return i > 0 ? goldFile.resolveSibling(name.substring(0, i) + ".jsonl") : null;
    }
}
