package dev.sitrep.spark;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The main class for {@code spark-submit}: reads articles, analyses them, writes the store's tables as Parquet. */
@Command(name = "sitrep-spark", mixinStandardHelpOptions = true, version = "sitrep-spark 0.1.0",
        description = {"Analyse news articles on a Spark cluster and write the tables of Sitrep's embedded store "
                + "as Parquet: articles (with the json column), story_keys, sources, actors, entities, mentions, "
                + "quotes, events, event_reports and commitments, one directory each under --out (articles, quotes "
                + "and events partitioned by day=), and rejects: every bad record with its file, line or byte "
                + "offset and reason.",
                "Inputs: text, JSON Lines, HTML and WARC/WARC.gz files, directories (read recursively) and globs on "
                        + "any Hadoop file system: hdfs://, s3a://, file:, or the cluster's default one. Copies of an "
                        + "article already read are dropped before analysis; load the output into a store with "
                        + "`sitrep import DIR`."},
        footer = {"", "Examples:",
                "  spark-submit --class dev.sitrep.spark.SitrepJob --master yarn \\",
                "    --executor-memory 6g --executor-cores 4 \\",
                "    sitrep-spark-0.1.0-SNAPSHOT-assembly.jar \\",
                "    --out hdfs:///sitrep/2024-05 'hdfs:///crawl/CC-NEWS-202405*.warc.gz'",
                "  sitrep-spark/run-local.sh --master 'local[2]' --out /tmp/out news.jsonl",
                "", "Exit codes: 0 done (bad records, if any, are in rejects), 2 usage error, 3 fatal error (nothing "
                + "to read, the output cannot be written, the models are missing, the job failed)."})
public final class SitrepJob implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, directories or globs to read.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
            description = "The output directory; the tables in it are replaced.")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "The Spark master when not run by spark-submit (which sets it): local[*] unless given.")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Analysis tasks (default: one per 2,000 articles, at least four per core).")
    int partitions;

    @Option(names = "--split-mb", paramLabel = "MB",
            description = "Read JSON-lines files larger than this in splits of this size (default: "
                    + "${DEFAULT-VALUE}).")
    int splitMb = (int) (JobSettings.DEFAULT_SPLIT_BYTES >> 20);

    @Option(names = "--max-article-chars", paramLabel = "N",
            description = "Reject articles longer than this (default: ${DEFAULT-VALUE}).")
    int maxArticleChars = 1_000_000;

    @Option(names = "--max-file-bytes", paramLabel = "N",
            description = "Reject plain-text and HTML files, and WARC HTML payloads, larger than this (default: "
                    + "${DEFAULT-VALUE}).")
    long maxFileBytes = 64L << 20;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Reject an article whose analysis takes longer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 60;

    @Option(names = "--kb", paramLabel = "PATH",
            description = "Knowledge-base files or directories of them (*.tsv; docs/kb.md, e.g. the output of "
                    + "sitrep kb import) read on top of the built-in one: Hadoop paths, read by the driver and sent "
                    + "to every executor. Repeatable.")
    List<String> kb = new java.util.ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "Keep Spark's INFO messages (only warnings by default).")
    boolean verbose;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new SitrepJob());
        cli.setParameterExceptionHandler((e, a) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("sitrep-spark: " + e.getMessage());
            err.println("Try 'sitrep-spark --help' for the options and examples.");
            err.flush();
            return 2;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("sitrep-spark: " + e);
            cmd.getErr().flush();
            return 3;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        JobSettings settings;
        if (splitMb < 1) {
            throw new ParameterException(spec.commandLine(), "--split-mb must be at least 1, got " + splitMb);
        }
        try {
            settings = new JobSettings(inputs, out, partitions, (long) splitMb << 20, maxArticleChars, maxFileBytes,
                    Duration.ofSeconds(timeoutSeconds), kb);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        SparkSession.Builder builder = SparkSession.builder().appName("sitrep");
        if (master != null) {
            builder = builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder = builder.master("local[*]");
        }
        PrintWriter err = spec.commandLine().getErr();
        SparkSession spark = builder.getOrCreate();
        if (!verbose) {
            spark.sparkContext().setLogLevel("WARN");
        }
        try {
            Job.Report report = Job.run(spark, settings);
            err.println("sitrep-spark: " + report);
            err.println("sitrep-spark: wrote the tables to " + out + (report.rejected() > 0 ? "; the bad records are "
                    + "in " + out + "/rejects" : ""));
            return 0;
        } catch (Job.NothingToRead e) {
            err.println("sitrep-spark: " + e.getMessage());
            return 3;
        } finally {
            err.flush();
            spark.stop();
        }
    }
}
