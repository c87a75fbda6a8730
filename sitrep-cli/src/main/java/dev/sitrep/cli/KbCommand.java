package dev.sitrep.cli;

import dev.sitrep.kb.Institution;
import dev.sitrep.kb.KbLoader;
import dev.sitrep.kb.KbProblem;
import dev.sitrep.kb.KnowledgeBase;
import dev.sitrep.kb.Person;
import dev.sitrep.kb.WikidataImport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep kb}: the actor knowledge base: import Wikidata, check files, show what is known. */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "The actor knowledge base (docs/kb.md): states, institutions, people and their offices.",
        subcommands = {KbCommand.Import.class, KbCommand.Check.class, KbCommand.Show.class},
        footer = {"", "Examples:",
                "  sitrep kb import latest-all.json.bz2 --out kb-wikidata   a Wikidata dump into knowledge-base files",
                "  sitrep kb check kb-wikidata                               what is wrong in those files",
                "  sitrep kb show Stoltenberg                                who the knowledge base knows by a name",
                "  sitrep extract --kb kb-wikidata news.jsonl                extraction with them on top"})
final class KbCommand {

    /** {@code sitrep kb import FILE}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Read a Wikidata JSON dump (.json, .json.gz or .json.bz2, streamed) or the JSON result of a "
                    + "SPARQL query (docs/kb.md gives it) and write knowledge-base files: offices-wikidata.tsv "
                    + "(people with dated positions in a state) and institutions-wikidata.tsv (institutions of the "
                    + "classes of wikidata-classes.tsv, with their state).",
                    "A line that is not an entity is reported with its line number and skipped. An input that ends "
                            + "early keeps what was read and exits with 1."},
            footer = {"", "Examples:",
                    "  sitrep kb import latest-all.json.bz2 --out kb-wikidata",
                    "  sitrep kb import officeholders.json --out kb-sparql      a SPARQL result",
                    "  sitrep kb import dump.json.gz --classes my-classes.tsv   more classes of institutions"})
    static final class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "A Wikidata JSON dump or SPARQL JSON result.")
        Path input;

        @Option(names = "--out", paramLabel = "DIR", description = "Where to write the files (default: kb-wikidata).")
        Path out = Path.of("kb-wikidata");

        @Option(names = "--classes", paramLabel = "FILE",
                description = "More Wikidata classes of institutions: QID, tab, sector, per line.")
        Path classes;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            long started = System.nanoTime();
            int[] shown = {0};
            WikidataImport.Result r;
            try {
                r = new WikidataImport(KnowledgeBase.builtIn(), classes).run(input, out, p -> {
                    if (shown[0]++ < 50) {
                        err.println("sitrep: kb import: skipped " + p);
                    }
                });
            } catch (NoSuchFileException e) {
                err.println("sitrep: kb import: no such readable file: " + input);
                return ExitCodes.USAGE;
            }
            double s = (System.nanoTime() - started) / 1e9;
            err.printf("sitrep: kb import: read %,d entities in %.1f s; wrote %,d people with %,d terms and %,d "
                    + "institutions to %s%s%n", r.entities(), s, r.people(), r.terms(), r.institutions(), out,
                    r.problems() == 0 ? "" : "; " + r.problems() + " problems" + (r.complete() ? ""
                    : ", the input ended early"));
            err.flush();
            return r.problems() == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
        }
    }

    /** {@code sitrep kb check PATH...}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Read knowledge-base files or directories as --kb reads them, on top of the built-in one, "
                    + "and list every problem (file, line, reason). Without a path, check the built-in one as the "
                    + "build does.",
            footer = {"", "Examples:", "  sitrep kb check kb-wikidata", "  sitrep kb check"})
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "PATH", arity = "0..*", description = "Knowledge-base files or directories.")
        List<Path> paths = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<KbProblem> problems;
            KnowledgeBase kb;
            if (paths.isEmpty()) {
                problems = KbLoader.checkBuiltIn();
                kb = problems.isEmpty() ? KnowledgeBase.builtIn() : null;
            } else {
                for (Path p : paths) {
                    if (!Files.exists(p)) {
                        spec.commandLine().getErr().println("sitrep: kb check: no such file or directory: " + p);
                        return ExitCodes.USAGE;
                    }
                }
                KbLoader.Loaded l = KbLoader.withFiles(paths);
                problems = l.problems();
                kb = l.knowledgeBase();
            }
            problems.forEach(p -> out.println(p));
            if (kb != null) {
                long terms = kb.people().stream().mapToLong(p -> p.terms().size()).sum();
                out.printf("%d states, %d institutions, %d people, %d terms of office; %d problems%n",
                        kb.countries().size(), kb.institutions().size(), kb.people().size(), terms, problems.size());
            }
            out.flush();
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
        }
    }

    /** {@code sitrep kb show NAME}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Who the knowledge base knows by a full name, a family name or an institution's code, "
                    + "with every office and its dates.",
            footer = {"", "Examples:", "  sitrep kb show 'Vladimir Putin'", "  sitrep kb show Stoltenberg",
                    "  sitrep kb show UKR-SBU"})
    static final class Show implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "A person's name or family name, or an institution's code.")
        String name;

        @Option(names = "--kb", paramLabel = "PATH", description = "Knowledge-base files on top of the built-in one.")
        List<Path> kb = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            KnowledgeBase k = kb.isEmpty() ? KnowledgeBase.builtIn() : KbLoader.withFiles(kb).knowledgeBase();
            List<Person> people = new ArrayList<>(k.personsNamed(name));
            if (people.isEmpty()) {
                people.addAll(k.personsWithSurname(name));
            }
            for (Person p : people) {
                out.println(p.name() + (p.variants().isEmpty() ? "" : " (also " + String.join(", ", p.variants())
                        + ")") + "  " + p.id());
                p.terms().forEach(t -> out.println("  " + t.from() + " to " + (t.to() == null ? "now" : t.to())
                        + "  " + t.office() + "  " + t.of() + " " + t.sector() + "  " + t.source()));
            }
            Institution i = k.institution(name).orElse(null);
            if (i != null) {
                out.println(i.code() + "  " + i.name() + "  " + (i.country() == null ? "international" : i.country())
                        + " " + i.sector() + (i.variants().isEmpty() ? "" : "  also " + String.join(", ",
                        i.variants())) + "  " + i.source());
            }
            out.flush();
            if (people.isEmpty() && i == null) {
                spec.commandLine().getErr().println("sitrep: kb show: nothing known by '" + name + "'");
                return ExitCodes.SOME_INPUT_FAILED;
            }
            return ExitCodes.OK;
        }
    }
}
