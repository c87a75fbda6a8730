package dev.sitrep.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Entry point of the {@code sitrep} command. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns news articles into data: actors, their roles, who said what, political events and "
                + "support pledged; stores them and answers questions about them.",
        subcommands = {ExtractCommand.class, IngestCommand.class, WatchCommand.class, ImportCommand.class, KbCommand.class,
                SearchCommand.class,
                EventsCommand.class,
                QuotesCommand.class, ActorsCommand.class, TimelineCommand.class, SupportCommand.class,
                ExportCommand.class, StatsCommand.class, EvalCommand.class, BenchCommand.class,
                BenchStoreCommand.class, ServeCommand.class, BenchServeCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  sitrep extract examples/                 extract the bundled example articles",
                "  sitrep extract news.jsonl --out out.jsonl",
                "  sitrep ingest examples/                  store them in ./sitrep-data",
                "  sitrep import spark-out/                 load the Spark job's output into the store",
                "  sitrep search grain                      search the store",
                "  sitrep events --actor Poland             events Poland took part in",
                "  sitrep quotes --speaker Savchuk          who said what",
                "  sitrep serve --demo                      the examples in the web UI",
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
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("sitrep: " + ex.getMessage());
            return ExitCodes.FATAL;
        });
        return cli.execute(args);
    }

    /** A usage error: the message on one line, where to find the usage, exit code 2. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("sitrep: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options and examples.");
        err.flush();
        return ExitCodes.USAGE;
    }
}
