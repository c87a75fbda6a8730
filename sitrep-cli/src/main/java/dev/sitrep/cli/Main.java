package dev.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code sitrep} command. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns news articles into data: actors, their roles, and who said what.",
        subcommands = {ExtractCommand.class, IngestCommand.class, EvalCommand.class, BenchCommand.class,
                BenchStoreCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  sitrep extract examples/                 extract the bundled example articles",
                "  sitrep extract news.jsonl --out out.jsonl",
                "  sitrep eval quotes ../shared/datasets/polnear/data/dev",
                "  sitrep eval events ../shared/datasets/plover-gsr/PLOVER_GSR_CAMEO.dev.json",
                "  sitrep bench --corpus ../shared/corpus/news-dev.jsonl",
                "", "Exit codes: 0 ok, 1 some input was bad and skipped, 2 usage error, 3 fatal error,"
                + " 4 target missed."})
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line in-process and returns the exit code (tests call this). */
    public static int run(String... args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("sitrep: " + ex.getMessage());
            return ExitCodes.FATAL;
        });
        return cli.execute(args);
    }
}
